<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/growth/chart_png.py" line="20" />
        <source>Unknown metric {metric}; use one of: {metrics}.</source>
        <translation>未知指标 {metric}；可选：{metrics}。</translation>
    </message>
    <message>
        <location filename="../../ui/growth/chart_png.py" line="51" />
        <source>There are no growth numbers in that range to chart.</source>
        <translation>该时间范围内没有可绘制的增长数据。</translation>
    </message>
    <message>
        <location filename="../../ui/growth/chart_png.py" line="59" />
        <location filename="../../ui/plan/plan_images.py" line="54" />
        <location filename="../../ui/plan/plan_images.py" line="87" />
        <source>Cannot write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/undo.py" line="27" />
        <source>The change was not saved: the workspace could not be written ({reason}).</source>
        <translation>更改没有保存：无法写入工作区（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preflight.py" line="80" />
        <source>community-planner: cannot open its window: Qt's X11 plugin needs system libraries that are not installed: {libraries}.
  Debian/Ubuntu:  sudo apt-get install {debian}
  Fedora:         sudo dnf install {fedora}
The command-line commands work without them (see --help).</source>
        <translation>community-planner：无法打开窗口：Qt 的 X11 插件需要以下尚未安装的系统库：{libraries}。
  Debian/Ubuntu：  sudo apt-get install {debian}
  Fedora：         sudo dnf install {fedora}
命令行命令不需要它们也能使用（见 --help）。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/preflight.py" line="86" />
        <source>community-planner: cannot open its window: there is no display (DISPLAY is not set). Start it from a desktop session; the command-line commands work without one (see --help).</source>
        <translation>community-planner：无法打开窗口：没有显示器（未设置 DISPLAY）。请在桌面会话中启动；命令行命令不需要显示器也能使用（见 --help）。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_pdf.py" line="128" />
        <source>{what}: not planned yet.</source>
        <translation>{what}：尚未规划。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_pdf.py" line="160" />
        <source>Community planner</source>
        <translation>社群运营规划</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_pdf.py" line="185" />
        <source>Writing the plan</source>
        <translation>正在写入方案</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_images.py" line="80" />
        <source>Launch</source>
        <translation>开群</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_images.py" line="103" />
        <source>Name the plan's file …docx (Word), …pdf or …xlsx (Excel), not {name}.</source>
        <translation>运营方案的文件名请以 .docx（Word）、.pdf 或 .xlsx（Excel）结尾，不是 {name}。</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/agenda/page.py" line="135" />
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="148" />
        <location filename="../../ui/agenda/page.py" line="311" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="148" />
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="148" />
        <source>Next 30 days</source>
        <translation>未来 30 天</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="149" />
        <source>Chosen range…</source>
        <translation>自选范围…</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="157" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="165" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="165" />
        <source>Mark done; again to open it (Space)</source>
        <translation>标记完成；再按一次恢复待办 (空格)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="166" />
        <location filename="../../ui/agenda/page.py" line="357" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="166" />
        <source>Skip this one (S)</source>
        <translation>跳过这一次 (S)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="167" />
        <source>Move to…</source>
        <translation>改期到…</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="167" />
        <source>Move to another day (M)</source>
        <translation>改到其他日期 (M)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="168" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="168" />
        <source>Open the row in its tab (Enter)</source>
        <translation>在所属页面打开这一行 (回车)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="169" />
        <source>Copy text</source>
        <translation>复制文案</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="169" />
        <source>Copy the text filled in, ready to paste (Ctrl+C)</source>
        <translation>复制填好变量的文案，可直接粘贴到群里 (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="171" />
        <source>Export to phone calendar…</source>
        <translation>导出到手机日历…</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="172" />
        <source>An .ics file with a reminder at each item's time: import it into the phone's calendar</source>
        <translation>生成带提醒的 .ics 文件，导入手机日历后到点提醒</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="184" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="184" />
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="184" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="184" />
        <source>Task</source>
        <translation>工作事项</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="185" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="185" />
        <source>Script or action</source>
        <translation>话术或动作</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="257" />
        <source>All communities</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="280" />
        <source>{today} due today · {overdue} overdue</source>
        <translation>今天 {today} 项 · 逾期 {overdue} 项</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="283" />
        <source>{n} items</source>
        <translation>{n} 项</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="297" />
        <source>Nothing is due in these days. The agenda gathers the dated rows of the SOP tables, events, calendar entries, hand-overs, goals, milestones and risk reviews; template suggestions join it once accepted.</source>
        <translation>这几天没有待办。日程汇总 SOP 表中有日期的行、活动、内容日历、角色移交、目标、里程碑与风险复查；模板建议在采纳后才会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="306" />
        <source>Overdue ({n})</source>
        <translation>逾期（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="308" />
        <source>Undated ({n}): the timing gives no day</source>
        <translation>无日期（{n}）：时间无法换算成日期</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="311" />
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="322" />
        <source>(until {date})</source>
        <translation>（至 {date}）</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="341" />
        <source>Select an item to see the text to post.</source>
        <translation>选中一项，查看要发布的文案。</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="342" />
        <source>No script or action text for this item.</source>
        <translation>这一项没有话术或动作说明。</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="349" />
        <source>Not filled in: {names}. Fill them by hand before posting, or correct the script.</source>
        <translation>未填的变量：{names}。发布前请手动补全，或修改话术。</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="357" />
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="357" />
        <source>Open again</source>
        <translation>恢复待办</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="358" />
        <source>Move to another day</source>
        <translation>改到其他日期</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="390" />
        <source>Copied: {title}</source>
        <translation>已复制：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="399" />
        <location filename="../../ui/agenda/page.py" line="404" />
        <source>Export the agenda</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="400" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
</context>
<context>
    <name>AidassBar</name>
    <message>
        <location filename="../../ui/widgets/aidass_bar.py" line="36" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/shell/start.py" line="73" />
        <source>Open a copy of one of its backups instead? The damaged file is left as it is.</source>
        <translation>改为打开它某个备份的副本？损坏的文件保持原样。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/shell/backup_dialog.py" line="18" />
        <source>daily (on opening)</source>
        <translation>每日（打开时）</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_dialog.py" line="19" />
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_dialog.py" line="20" />
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_dialog.py" line="21" />
        <source>before upgrading</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_dialog.py" line="29" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_dialog.py" line="43" />
        <source>Keep the newest</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_dialog.py" line="47" />
        <source>backups</source>
        <translation>份备份</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_dialog.py" line="51" />
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <location filename="../../ui/shell/backup_dialog.py" line="66" />
        <source>Copy its data (communities, plans, numbers) into a clean workspace beside it and open that? The file itself stays as it is.</source>
        <translation>把它的数据（社群、规划、数据）复制到旁边一个干净的工作区并打开吗？原文件保持不变。</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/calendar/tab.py" line="33" />
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="61" />
        <location filename="../../ui/calendar/tab.py" line="182" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="62" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="63" />
        <location filename="../../ui/calendar/tab.py" line="131" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="66" />
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="69" />
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="72" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="73" />
        <location filename="../../ui/calendar/tab.py" line="132" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="75" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="82" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="92" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="102" />
        <location filename="../../ui/calendar/tab.py" line="158" />
        <source>Add entry</source>
        <translation>添加内容</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="116" />
        <source>product limit </source>
        <translation>产品类上限 </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="120" />
        <source>Month</source>
        <translation>月视图</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="129" />
        <source>Owner…</source>
        <translation>负责人…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="130" />
        <location filename="../../ui/calendar/tab.py" line="183" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="130" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="131" />
        <location filename="../../ui/calendar/tab.py" line="154" />
        <location filename="../../ui/calendar/tab.py" line="174" />
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="138" />
        <location filename="../../ui/calendar/tab.py" line="262" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="147" />
        <source>Export to calendar (.ics)…</source>
        <translation>导出到日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="148" />
        <source>The entries between From and To, for a phone or desktop calendar</source>
        <translation>“从”到“至”之间的内容，可导入手机或电脑日历</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="153" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="155" />
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="169" />
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="173" />
        <source>Columns (栏目): recurring slots that fill the calendar</source>
        <translation>栏目：按固定时间重复、自动填充日历的内容档期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="176" />
        <source>Schedule</source>
        <translation>频率</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="178" />
        <source>Weekdays</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="179" />
        <source>For chosen weekdays and weekly: e.g. Mon Wed Fri, 一 三 五 or 0,2,4</source>
        <translation>用于“每周指定几天”和“每周一次”：如 一 三 五、Mon Wed Fri 或 0,2,4</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="180" />
        <source>Day of month</source>
        <translation>每月第几天</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="181" />
        <source>For monthly; 31 means the last day of shorter months</source>
        <translation>用于每月一次；31 表示小月的最后一天</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="184" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="185" />
        <source>Min./entry</source>
        <translation>分钟/条</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="186" />
        <source>Minutes one entry takes to make and post: the time budget adds them up</source>
        <translation>制作并发布一条内容所需的分钟数：时间预算会把它们加总</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="187" />
        <location filename="../../ui/calendar/tab.py" line="355" />
        <source>Add column</source>
        <translation>添加栏目</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="194" />
        <source>Editing a column updates its future entries; entries you edited by hand, published or skipped stay as they are.</source>
        <translation>修改栏目会更新它今后的内容；手动编辑过、已发布或已跳过的内容保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="196" />
        <source>Columns</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="232" />
        <source>No columns yet. A column is a recurring slot (every weekday 08:30 morning brief, a weekly share…) that fills the calendar: “Add column”.</source>
        <translation>还没有栏目。栏目是固定时段的内容（如工作日 08:30 早报、每周分享），会自动排进日历：点“添加栏目”。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="250" />
        <source>Entries on {date}</source>
        <translation>{date} 的内容</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="254" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="263" />
        <source>(one-off)</source>
        <translation>（单次内容）</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="290" />
        <source>Shown</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="299" />
        <source>{period}: {n} entries · {shares} · marketing activities {marketing:.0%}</source>
        <translation>{period}：{n} 条内容 · {shares} · 营销活动 {marketing:.0%}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="307" />
        <source>{n} entries are overdue (date passed, not published or skipped).</source>
        <translation>{n} 条内容已逾期（日期已过，未发布也未跳过）。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="325" />
        <source>New entry</source>
        <translation>新内容</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="330" />
        <source>Edit entry</source>
        <translation>编辑内容</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="353" />
        <source>New column</source>
        <translation>新栏目</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="361" />
        <source>Edit column</source>
        <translation>编辑栏目</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="373" />
        <source>Delete column</source>
        <translation>删除栏目</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="381" />
        <source>The end date {end} is before the start date {start}.</source>
        <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="394" />
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/tab.py" line="400" />
        <source>Change product limit</source>
        <translation>修改产品类上限</translation>
    </message>
</context>
<context>
    <name>CommunityList</name>
    <message>
        <location filename="../../ui/shell/community_list.py" line="46" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="46" />
        <source>New community (Ctrl+N)</source>
        <translation>新建社群（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="47" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="47" />
        <source>Duplicate community</source>
        <translation>复制社群</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="49" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="49" />
        <source>Delete community</source>
        <translation>删除社群</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="66" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="67" />
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="68" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="86" />
        <location filename="../../ui/shell/community_list.py" line="100" />
        <source>no type yet</source>
        <translation>尚未定类型</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="96" />
        <location filename="../../ui/shell/community_list.py" line="106" />
        <source>plan {done}/{steps}</source>
        <translation>方案 {done}/{steps}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="92" />
        <source>{n} gaps</source>
        <translation>{n} 项待补</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="138" />
        <source>All communities</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="143" />
        <source>Agenda: today and this week</source>
        <translation>日程：今天与本周</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="146" />
        <source>What is due across all communities, overdue first (Ctrl+T)</source>
        <translation>所有社群的待办，逾期的排在最前 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="85" />
        <location filename="../../ui/shell/community_list.py" line="103" />
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="90" />
        <location filename="../../ui/shell/community_list.py" line="110" />
        <source>{n} overdue</source>
        <translation>{n} 项逾期</translation>
    </message>
    <message>
        <location filename="../../ui/shell/community_list.py" line="141" />
        <source>The home page: every community side by side, and the community matrix</source>
        <translation>主页：所有社群一览，以及社群矩阵</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="19" />
        <location filename="../../ui/sop/excel_dialogs.py" line="28" />
        <location filename="../../ui/sop/excel_dialogs.py" line="49" />
        <source>Export SOP</source>
        <translation>导出 SOP</translation>
    </message>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="20" />
        <source>Export the SOP tables of “{name}” as one workbook (a sheet per table) or as one workbook per table?</source>
        <translation>将“{name}”的 SOP 表导出为一个工作簿（每表一个工作表），还是每张表一个文件？</translation>
    </message>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="22" />
        <source>One workbook</source>
        <translation>一个工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="23" />
        <source>One file per table</source>
        <translation>每张表一个文件</translation>
    </message>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="30" />
        <location filename="../../ui/sop/excel_dialogs.py" line="62" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="33" />
        <source>Folder for the SOP workbooks</source>
        <translation>SOP 工作簿的保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="55" />
        <source>Exported {n} file(s) to {folder}</source>
        <translation>已导出 {n} 个文件到 {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="61" />
        <location filename="../../ui/sop/excel_dialogs.py" line="72" />
        <location filename="../../ui/sop/excel_dialogs.py" line="81" />
        <location filename="../../ui/sop/excel_dialogs.py" line="97" />
        <source>Import SOP</source>
        <translation>导入 SOP</translation>
    </message>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="76" />
        <source>The workbook no longer has these {n} rows:

{rows}

Delete them here too? (No: import the rest and keep them.)</source>
        <translation>工作簿里已没有这 {n} 行：

{rows}

在这里也删除它们吗？（选“否”：导入其余改动并保留这些行。）</translation>
    </message>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="81" />
        <source>Nothing to import: </source>
        <translation>没有需要导入的内容：</translation>
    </message>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="83" />
        <source>Import these changes?</source>
        <translation>导入这些修改？</translation>
    </message>
    <message>
        <location filename="../../ui/sop/excel_dialogs.py" line="98" />
        <source>Imported: </source>
        <translation>已导入：</translation>
    </message>
</context>
<context>
    <name>GrowthTab</name>
    <message>
        <location filename="../../ui/growth/tab.py" line="62" />
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="62" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="68" />
        <source>Export chart (PNG)…</source>
        <translation>导出图表（PNG）…</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="69" />
        <source>Export numbers (Excel)…</source>
        <translation>导出数据（Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="78" />
        <source>Point at a chart to see that day's numbers.</source>
        <translation>将鼠标指向图表，查看当天的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="89" />
        <source>No numbers yet. Record the first day's members, joins, leaves and speakers, or import the group statistics WeCom exports; the charts start from there.</source>
        <translation>还没有数据。录入第一天的总人数、入群、退群和发言人数，或导入企业微信导出的群统计；图表从那天开始。</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="95" />
        <source>Enter the first day's numbers</source>
        <translation>录入第一天的数据</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="96" />
        <source>Import a WeCom CSV…</source>
        <translation>导入企业微信 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="106" />
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="111" />
        <source>Record a day (leave a box empty when you do not know the number)</source>
        <translation>记录一天（不知道的数字请留空）</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="124" />
        <source>Save day</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="129" />
        <source>Numbers by day</source>
        <translation>每日数据</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="130" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="136" />
        <source>Add day</source>
        <translation>添加一天</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="140" />
        <source>Import CSV / Excel…</source>
        <translation>导入 CSV / Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="144" />
        <source>Numbers</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="147" />
        <source>SMART goals: a number, a deadline</source>
        <translation>SMART 目标：一个数字，一个截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="148" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="152" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="153" />
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="154" />
        <source>Start value</source>
        <translation>起始值</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="155" />
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="156" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="157" />
        <source>Projection</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="158" />
        <source>Serves the long-term goal</source>
        <translation>服务长期目标</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="159" />
        <source>A step towards the long-term goal on Plan ▸ Background, problem, goal</source>
        <translation>是“方案与风险 ▸ 背景、问题与目标”中长期目标的一步</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="161" />
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="166" />
        <source>Lifecycle periods (shaded behind the charts)</source>
        <translation>生命周期阶段（图表背景色）</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="167" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="169" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="173" />
        <source>Speaking-rate bands (%)</source>
        <translation>发言率区间（%）</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="176" />
        <source>Healthy from</source>
        <translation>健康区间从</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="176" />
        <source>Healthy to</source>
        <translation>健康区间到</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="177" />
        <source>Dying below</source>
        <translation>低于此为衰退</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="185" />
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="254" />
        <source>No goals yet: add SMART goals on the Goals page to see target lines and projections.</source>
        <translation>还没有目标：在“目标”页添加 SMART 目标，即可看到目标线与预测。</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="281" />
        <source> · needs {pace:+.2f} a day</source>
        <translation> · 每天需 {pace:+.2f}</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="305" />
        <source>Record {date}</source>
        <translation>记录 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="317" />
        <source>Change speaking-rate bands</source>
        <translation>修改发言率区间</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="331" />
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../ui/growth/tab.py" line="356" />
        <location filename="../../ui/growth/tab.py" line="361" />
        <source>Export numbers</source>
        <translation>导出数据</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/shell/guide.py" line="21" />
        <source>Guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/overview/home.py" line="73" />
        <source>All communities</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="79" />
        <source>Open the agenda (Ctrl+T)</source>
        <translation>打开日程 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="84" />
        <source>Click a community to open its plan.</source>
        <translation>点击社群即可打开它的方案。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="87" />
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="87" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="87" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="87" />
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="87" />
        <source>Open gaps</source>
        <translation>待补项</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="88" />
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="88" />
        <source>7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="88" />
        <source>Speaking rate</source>
        <translation>发言率</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="88" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="94" />
        <source>Community matrix: which stages of the buyer's path each community covers</source>
        <translation>社群矩阵：各社群覆盖用户路径的哪些阶段</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="110" />
        <source>Today: {today} due, {overdue} overdue.</source>
        <translation>今天：{today} 项待办，{overdue} 项逾期。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="155" />
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="157" />
        <source>(no type yet)</source>
        <translation>（尚未定类型）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="158" />
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="191" />
        <source>No community covers: {stages}. The funnel breaks there.</source>
        <translation>没有社群覆盖：{stages}。漏斗在这里断开了。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="192" />
        <source>Together the communities cover the whole path.</source>
        <translation>这些社群合起来覆盖了完整路径。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/growth/import_dialog.py" line="21" />
        <location filename="../../ui/growth/import_dialog.py" line="71" />
        <location filename="../../ui/growth/import_dialog.py" line="103" />
        <source>Import growth numbers</source>
        <translation>导入增长数据</translation>
    </message>
    <message>
        <location filename="../../ui/growth/import_dialog.py" line="23" />
        <source>Numbers (*.csv *.xlsx);;All files (*)</source>
        <translation>数据文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/growth/import_dialog.py" line="32" />
        <source>Which column holds what?</source>
        <translation>每一列对应什么？</translation>
    </message>
    <message>
        <location filename="../../ui/growth/import_dialog.py" line="38" />
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../../ui/growth/import_dialog.py" line="53" />
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/growth/import_dialog.py" line="56" />
        <source>Fix these rows in the file and import it again; nothing was changed:</source>
        <translation>请在文件中修正这些行后重新导入；未做任何修改：</translation>
    </message>
    <message>
        <location filename="../../ui/growth/import_dialog.py" line="86" />
        <source>{new} new days, {changed} days overwritten, {same} unchanged. Import?</source>
        <translation>新增 {new} 天，覆盖 {changed} 天，{same} 天未变。确定导入？</translation>
    </message>
    <message>
        <location filename="../../ui/growth/import_dialog.py" line="90" />
        <source>Overwritten: {dates}</source>
        <translation>将被覆盖：{dates}</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <location filename="../../ui/growth/import_dialog.py" line="96" />
        <location filename="../../ui/sop/excel_dialogs.py" line="87" />
        <source>Backing up the workspace</source>
        <translation>正在备份工作区</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/long_work.py" line="61" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/long_work.py" line="87" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/long_work.py" line="122" />
        <source>Cancelled: {title}. Nothing was changed.</source>
        <translation>已取消：{title}。什么都没有改动。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="46" />
        <source>Positioning</source>
        <translation>社群定位</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="46" />
        <source>Roles &amp;&amp; rules</source>
        <translation>角色与规则</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="46" />
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="47" />
        <source>Content calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="47" />
        <source>SOP tables</source>
        <translation>SOP 表</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="47" />
        <source>Scripts</source>
        <translation>话术库</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="48" />
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="48" />
        <source>Plan &amp;&amp; risks</source>
        <translation>方案与风险</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="70" />
        <source>&lt;b&gt;Example&lt;/b&gt; · a filled-in plan to look around and change freely. Your own communities start from “New community”.</source>
        <translation>&lt;b&gt;示例&lt;/b&gt; · 一份填好的方案，可随意查看和修改。你自己的社群请从“新建社群”开始。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="72" />
        <source>Delete the example</source>
        <translation>删除示例</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="201" />
        <source> ({n} overdue)</source>
        <translation>（{n} 项逾期）</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="241" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="242" />
        <source>&amp;New community…</source>
        <translation>新建社群(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="244" />
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="245" />
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="246" />
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="248" />
        <source>&amp;Export SOP to Excel…</source>
        <translation>导出 SOP 到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="249" />
        <source>&amp;Import SOP from Excel…</source>
        <translation>从 Excel 导入 SOP(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="250" />
        <source>Export &amp;chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="251" />
        <source>Import growth &amp;numbers…</source>
        <translation>导入增长数据(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="252" />
        <source>Export the &amp;plan (Word, PDF, Excel)…</source>
        <translation>导出运营方案（Word、PDF、Excel）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="253" />
        <source>Export the a&amp;genda to a phone calendar (.ics)…</source>
        <translation>把日程导出到手机日历 (.ics)(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="256" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="258" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="260" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="261" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="268" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="269" />
        <source>&amp;Agenda: today and this week</source>
        <translation>日程：今天与本周(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="271" />
        <source>Desktop &amp;reminders</source>
        <translation>桌面提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="276" />
        <location filename="../../ui/shell/main_window.py" line="301" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="277" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="278" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="279" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="279" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="280" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="282" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="283" />
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="285" />
        <location filename="../../ui/shell/main_window.py" line="503" />
        <source>Where is my data?</source>
        <translation>我的数据在哪里？</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="286" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="301" />
        <source>The language changes when the app is restarted.</source>
        <translation>重新启动应用后语言生效。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="199" />
        <source>Community planner — {name}</source>
        <translation>社群运营规划 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="334" />
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="335" />
        <source>Workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>工作区 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="369" />
        <source>Restoring replaces everything in this workspace with the backup's contents. The current state is backed up first, so a restore can itself be undone from here.</source>
        <translation>恢复会用备份内容替换此工作区的全部内容。恢复前会先备份当前状态，因此恢复本身也可以在这里撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="371" />
        <source>Restore {name}?</source>
        <translation>恢复 {name}？</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="374" />
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="384" />
        <source>Restored {name}</source>
        <translation>已恢复 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="436" />
        <source>New community</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="441" />
        <source>Add the example</source>
        <translation>添加示例</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="445" />
        <location filename="../../ui/shell/main_window.py" line="448" />
        <source>Rename community</source>
        <translation>重命名社群</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="445" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="454" />
        <source>Duplicate community</source>
        <translation>复制社群</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="458" />
        <source>Delete the community “{name}” with all its plans? (Edit ▸ Undo brings it back.)</source>
        <translation>删除社群“{name}”及其全部规划？（编辑 ▸ 撤销可恢复。）</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="461" />
        <source>Delete community</source>
        <translation>删除社群</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="504" />
        <source>Everything is saved as you type in one workspace file:
{path}

Copy that file to back it up or move it to another computer. Backups made before upgrades are in {backups}.

When something goes wrong, the details are written to {log}.</source>
        <translation>你输入的所有内容都会即时保存在一个工作区文件中：
{path}

复制该文件即可备份或迁移到另一台电脑。升级前的备份在 {backups}。

出现问题时，详细信息会写入 {log}。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="512" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="513" />
        <source>Community planner {version}
Plan a private community offline: positioning, roles, content, the four SOP tables and growth.</source>
        <translation>社群运营规划 {version}
离线规划私域社群：定位、角色、内容、四张 SOP 表与增长。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/agenda/page.py" line="33" />
        <source>Move to…</source>
        <translation>改期到…</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/page.py" line="38" />
        <source>New day:</source>
        <translation>新日期：</translation>
    </message>
</context>
<context>
    <name>NewCommunityWizard</name>
    <message>
        <location filename="../../ui/overview/wizard.py" line="24" />
        <source>New community</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="27" />
        <source>A few answers and the planner prepares a plan to start from: rules, columns and the four SOP tables for this type of community, as suggestions you review.</source>
        <translation>回答几个问题，规划器就会按这类社群准备一份起步方案：群规、栏目和四张 SOP 表，都以“建议”的形式供你审阅。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="32" />
        <source>e.g. 宝妈好物分享群</source>
        <translation>例如：宝妈好物分享群</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="33" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="37" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="38" />
        <source>e.g. baby products, Excel courses, a coffee shop</source>
        <translation>例如：母婴好物、Excel 课程、一家咖啡店</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="39" />
        <source>Sells or serves</source>
        <translation>卖什么/服务什么</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="41" />
        <source>Choose a type, or click the stages below</source>
        <translation>选择类型，或点击下方的阶段</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="45" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="48" />
        <source>Stages covered</source>
        <translation>覆盖阶段</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="53" />
        <source>Launch date</source>
        <translation>开群日期</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="58" />
        <source>Template language</source>
        <translation>模板语言</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="61" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="88" />
        <source>First priority: {priority} · KPIs: {kpis}</source>
        <translation>首要目标：{priority} · KPI：{kpis}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/wizard.py" line="90" />
        <source>No type yet: the templates of a neutral community are used.</source>
        <translation>尚未选择类型：将使用通用社群的模板。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/overview/tab.py" line="51" />
        <source>Export the plan (Word, PDF, Excel)…</source>
        <translation>导出运营方案（Word、PDF、Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="54" />
        <source>Work down the steps of the method. Click a gap to go to the place that fills it; the overview follows every change.</source>
        <translation>按方法的步骤逐项完成。点击某个待补项即可跳到填写它的地方；总览会随每次修改更新。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="70" />
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="74" />
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="83" />
        <source>Change the stage</source>
        <translation>更改阶段</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="94" />
        <source>Template suggestions</source>
        <translation>模板建议</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="99" />
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="101" />
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="145" />
        <source>Plan: {done} of {steps} steps done</source>
        <translation>方案：已完成 {done}/{steps} 步</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="161" />
        <source>Click to open</source>
        <translation>点击前往</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="168" />
        <source>SOP tables</source>
        <translation>SOP 表</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="168" />
        <source>Roles &amp; rules</source>
        <translation>角色与规则</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="168" />
        <source>Content calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="169" />
        <source>Plan &amp; risks</source>
        <translation>方案与风险</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="169" />
        <source>Scripts</source>
        <translation>话术库</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="170" />
        <source>{n} template texts are still suggestions ({where}). They do not count as your plan until you edit or accept them.</source>
        <translation>{n} 条模板文字仍是建议（{where}）。在你编辑或接受之前，它们不算作你的方案。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="180" />
        <source>The numbers suggest {stage}: {reason}</source>
        <translation>数据提示可能已进入{stage}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="182" />
        <source>Change to {stage}</source>
        <translation>改为{stage}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="185" />
        <source>What this stage asks for: {done} of {n} done</source>
        <translation>本阶段要做的事：已完成 {done}/{n}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="186" />
        <source>Set the stage to see what it asks for.</source>
        <translation>设置阶段后即可看到该阶段要做的事。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="216" />
        <source>Set the lifecycle stage</source>
        <translation>设置生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="223" />
        <source>Tick a stage task</source>
        <translation>勾选阶段任务</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="230" />
        <source>Accept all suggestions</source>
        <translation>接受全部建议</translation>
    </message>
    <message>
        <location filename="../../ui/overview/tab.py" line="237" />
        <source>Clear suggestions</source>
        <translation>清除建议</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <location filename="../../ui/plan/export_dialog.py" line="20" />
        <location filename="../../ui/plan/export_dialog.py" line="61" />
        <source>Export the plan</source>
        <translation>导出运营方案</translation>
    </message>
    <message>
        <location filename="../../ui/plan/export_dialog.py" line="17" />
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/export_dialog.py" line="18" />
        <source>Excel workbook, a sheet per area (*.xlsx)</source>
        <translation>Excel 工作簿，每个部分一张表 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/export_dialog.py" line="19" />
        <source>PDF for printing (*.pdf)</source>
        <translation>用于打印的 PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/export_dialog.py" line="66" />
        <source>Exported the plan to {path}</source>
        <translation>运营方案已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ui/plan/tab.py" line="228" />
        <source>Risk register: likelihood × impact (1–5 each) gives the level: 1–4 low, 5–9 medium, 10–15 high, 16–25 critical.</source>
        <translation>风险登记：可能性 × 影响（各 1–5 分）得出等级：1–4 低，5–9 中，10–15 高，16–25 极高。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="69" />
        <location filename="../../ui/plan/tab.py" line="231" />
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="45" />
        <source>Export the plan (Word, PDF, Excel)…</source>
        <translation>导出运营方案（Word、PDF、Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="85" />
        <location filename="../../ui/plan/tab.py" line="232" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="91" />
        <source>Resources and budget</source>
        <translation>资源与预算</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="133" />
        <source>Time budget, the coming 7 days</source>
        <translation>时间预算（未来 7 天）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="135" />
        <source>What the SOP rows and columns ask of each person (their minutes, by owner) against the hours their team roles give</source>
        <translation>SOP 行和栏目需要每个人投入的时间（按负责人累计分钟数），对比其团队角色的可用小时</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="233" />
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="234" />
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="234" />
        <source>1 rare … 5 almost certain</source>
        <translation>1 罕见 … 5 几乎必然</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="110" />
        <location filename="../../ui/plan/tab.py" line="235" />
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="235" />
        <source>1 minor … 5 severe</source>
        <translation>1 轻微 … 5 严重</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="236" />
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="238" />
        <source>Response</source>
        <translation>应对策略</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="239" />
        <source>Measure</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="76" />
        <location filename="../../ui/plan/tab.py" line="240" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="43" />
        <source>The parts of the operating plan the other tabs do not hold. The Word document gathers all of it in eight chapters.</source>
        <translation>其他页没有的方案内容都在这里。导出的 Word 文档把全部内容汇成八章。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="50" />
        <source>Background, problem, goal</source>
        <translation>背景、问题与目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="51" />
        <source>Member layers, in the community's own terms (beside the growth ladder)</source>
        <translation>成员分层：用本群自己的话定义（与成长体系配合）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="53" />
        <source>Layer</source>
        <translation>分层</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="55" />
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="56" />
        <source>e.g. active: spoke in the last 7 days</source>
        <translation>例如：活跃 = 最近 7 天发过言</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="57" />
        <source>Target share (%)</source>
        <translation>目标占比（%）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="58" />
        <source>What the plan does for it</source>
        <translation>方案为其做什么</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="63" />
        <location filename="../../ui/plan/tab.py" line="276" />
        <source>Add the four layers</source>
        <translation>添加四个分层</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="66" />
        <source>No layers yet: “Add the four layers”, then define each in your community's terms.</source>
        <translation>还没有分层：点“添加四个分层”，再用本群的话逐一定义。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="68" />
        <source>Member layers</source>
        <translation>成员分层</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="70" />
        <source>Path and timeline</source>
        <translation>实施路径与时间线</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="71" />
        <source>Milestones: the dates the plan must reach</source>
        <translation>里程碑：方案必须达到的时间节点</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="73" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="74" />
        <location filename="../../ui/plan/tab.py" line="89" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="75" />
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="77" />
        <source>New milestone</source>
        <translation>新里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="78" />
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="81" />
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="82" />
        <source>Budget (yuan): ¥1,200 or 1200元 are both fine</source>
        <translation>预算（元）：¥1,200 或 1200元 都可以</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="84" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="87" />
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="88" />
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="90" />
        <source>New item</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="90" />
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="98" />
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="99" />
        <source>Industry trends</source>
        <translation>行业趋势</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="99" />
        <source>What is changing: mobile, social, data-driven…</source>
        <translation>正在发生的变化：移动化、社交化、数据驱动……</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="101" />
        <source>User needs</source>
        <translation>用户需求</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="101" />
        <source>How members' needs change: value, interaction, personal fit</source>
        <translation>用户需求的变化：价值、互动、个性化</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="103" />
        <source>Competition</source>
        <translation>竞争</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="103" />
        <source>Who else serves them, and how you differ</source>
        <translation>还有谁在服务这些人，你有何不同</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="105" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="106" />
        <source>Symptoms</source>
        <translation>现象</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="106" />
        <source>What goes wrong today: unclear goals, low participation…</source>
        <translation>现在出了什么问题：目标不清、参与度低……</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="108" />
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="108" />
        <source>Why: too few resources, weak skills, needs that changed…</source>
        <translation>原因：资源不足、能力欠缺、需求变化……</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="110" />
        <source>What it costs: churn, brand harm, rising cost…</source>
        <translation>带来的代价：流失、品牌受损、成本上升……</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="119" />
        <source>Long-term goal: what success looks like at the planned end</source>
        <translation>长期目标：计划结束时，成功是什么样子</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="121" />
        <source>e.g. in six months: 3,000 members, weekly speaking rate above 20%, 60 paying members a month</source>
        <translation>例如：半年后稳定 3000 人，周发言率 20% 以上，每月转化 60 人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="140" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="140" />
        <source>Team roles</source>
        <translation>团队角色</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="140" />
        <source>Asked (h)</source>
        <translation>需要（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="141" />
        <source>Has (h/week)</source>
        <translation>可用（小时/周）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="141" />
        <source>Left (h)</source>
        <translation>剩余（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="150" />
        <source>Tools and platforms</source>
        <translation>工具与平台</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="151" />
        <source>Tool or platform</source>
        <translation>工具或平台</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="152" />
        <source>What for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="153" />
        <source>Cost per month</source>
        <translation>每月费用</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="154" />
        <source>New tool</source>
        <translation>新工具</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="154" />
        <source>Add tool</source>
        <translation>添加工具</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="176" />
        <source>Over their hours: {people}</source>
        <translation>超出可用时间：{people}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="177" />
        <source>Give SOP rows and columns their minutes, and team roles their hours per week, to see the week's load.</source>
        <translation>给 SOP 行和栏目填上所需分钟数、给团队角色填上每周小时数，即可看到本周的工作量。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="178" />
        <source>Everyone's week fits their hours.</source>
        <translation>每个人这周的工作都在其可用时间之内。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="184" />
        <source>Implementation path: phases and what happens in each</source>
        <translation>实施路径：各阶段及其工作</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="186" />
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="187" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="188" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="189" />
        <source>What happens</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="190" />
        <source>New phase</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="192" />
        <source>Add phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="197" />
        <source>Bars: phases · diamonds: milestones (green done, red open) · blue lines: launch and events · red dashes: today</source>
        <translation>色条：阶段 · 菱形：里程碑（绿色已完成，红色未完成）· 蓝线：开群与活动 · 红色虚线：今天</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="210" />
        <source>Launch</source>
        <translation>开群</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="223" />
        <source>Edit the plan</source>
        <translation>编辑方案</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="241" />
        <source>Next review</source>
        <translation>下次复查</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="242" />
        <source>New risk</source>
        <translation>新风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="242" />
        <source>Add risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="246" />
        <source>Where the risks sit</source>
        <translation>风险分布</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="260" />
        <source>Rows: likelihood · columns: impact; the number is how many risks sit there</source>
        <translation>行：可能性 · 列：影响；数字是落在该格的风险数</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="262" />
        <source>↑ likelihood · impact →</source>
        <translation>↑ 可能性 · 影响 →</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="309" />
        <source>SMART goals under it (Growth ▸ Goals): {goals}</source>
        <translation>其下的 SMART 目标（增长 ▸ 目标）：{goals}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="311" />
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="321" />
        <source> · spent {ratio:.0%} of the revenue</source>
        <translation> · 支出占收入 {ratio:.0%}</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tab.py" line="323" />
        <source>Planned {planned} · actual {actual} · variance {variance:+,.2f}</source>
        <translation>计划 {planned} · 实际 {actual} · 差额 {variance:+,.2f}</translation>
    </message>
</context>
<context>
    <name>PositioningTab</name>
    <message>
        <location filename="../../ui/positioning/tab.py" line="44" />
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="51" />
        <source>Automatic (from the span)</source>
        <translation>自动（按区间判断）</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="55" />
        <source>e.g. baby products, Excel courses, a coffee shop</source>
        <translation>例如：母婴好物、Excel 课程、一家咖啡店</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="57" />
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="59" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="59" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="60" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="60" />
        <source>Sells or serves</source>
        <translation>卖什么/服务什么</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="61" />
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="73" />
        <source>Rename community</source>
        <translation>重命名社群</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="76" />
        <source>Edit what it sells</source>
        <translation>修改所卖产品或服务</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="85" />
        <source>AIDASS span: which part of the buyer's path does this community cover?</source>
        <translation>AIDASS 区间：本群覆盖用户路径的哪一段？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="97" />
        <source>Business model map (who the business deals with)</source>
        <translation>业务模型梳理（交易对象）</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="99" />
        <source>Served</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="100" />
        <source>The counterparty this community serves</source>
        <translation>本群服务的交易对象</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="101" />
        <source>Counterparty</source>
        <translation>交易对象</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="102" />
        <source>Value given</source>
        <translation>我方提供的价值</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="103" />
        <source>Value received</source>
        <translation>对方回馈的价值</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="104" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="106" />
        <source>Add counterparty</source>
        <translation>添加交易对象</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="111" />
        <source>5W1H self-check, from the member's point of view</source>
        <translation>5W1H 自查（从成员视角）</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="131" />
        <source>Edit 5W1H answer</source>
        <translation>编辑 5W1H 回答</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="158" />
        <source>Why build it?</source>
        <translation>Why：为什么建群？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="158" />
        <source>What problem of the members, and of the business, does it solve?</source>
        <translation>为成员、也为业务解决什么问题？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="159" />
        <source>What value do members get?</source>
        <translation>What：成员得到什么价值？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="159" />
        <source>Knowledge, company, deals, status… be concrete.</source>
        <translation>知识、陪伴、优惠、身份……要具体。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="160" />
        <source>Where (which platform)?</source>
        <translation>Where：在哪个平台？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="160" />
        <source>WeChat, WeCom, QQ, Feishu…, and why there.</source>
        <translation>微信、企业微信、QQ、飞书……以及为什么选它。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="161" />
        <source>Who are the members?</source>
        <translation>Who：成员是谁？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="161" />
        <source>Age, job, pains, why they would join.</source>
        <translation>年龄、职业、痛点、入群动机。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="162" />
        <source>When does it start, how long does it live?</source>
        <translation>When：何时开始，存续多久？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="162" />
        <source>Launch date and lifecycle: a week, three months, ongoing.</source>
        <translation>开群日期与生命周期：一周、三个月还是长期。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="163" />
        <source>How does it make money?</source>
        <translation>How：如何变现？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="163" />
        <source>Which product, at what price, through which offer.</source>
        <translation>卖什么产品、什么价格、用什么方式成交。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="198" />
        <source>Select the stages the community covers to see its type.</source>
        <translation>选择本群覆盖的阶段，即可看到群类型。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="200" />
        <source>Type: &lt;b&gt;{type}&lt;/b&gt; · first priority: &lt;b&gt;{priority}&lt;/b&gt; · KPIs: {kpis}</source>
        <translation>类型：&lt;b&gt;{type}&lt;/b&gt; · 首要目标：&lt;b&gt;{priority}&lt;/b&gt; · 关键指标：{kpis}</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="213" />
        <source>{done}/6 answered. Still blank: {missing}</source>
        <translation>已回答 {done}/6。尚未填写：{missing}</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="217" />
        <source>6/6 answered: the positioning is complete.</source>
        <translation>6/6 已回答：定位完整。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="228" />
        <source>Edit community</source>
        <translation>编辑社群</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="253" />
        <source>Change AIDASS span</source>
        <translation>修改 AIDASS 区间</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="268" />
        <source>Mark served counterparty</source>
        <translation>标记服务对象</translation>
    </message>
    <message>
        <location filename="../../ui/positioning/tab.py" line="105" />
        <source>New counterparty</source>
        <translation>新交易对象</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="10" />
        <location filename="../../ui/widgets/dialogs.py" line="23" />
        <source>Community planner</source>
        <translation>社群运营规划</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="63" />
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/agenda/reminders.py" line="58" />
        <source>Community planner: {today} due today, {overdue} overdue</source>
        <translation>社群规划：今天 {today} 项待办，{overdue} 项逾期</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../../ui/roles/tab.py" line="48" />
        <source>Operations team: who members go to for what</source>
        <translation>运营团队：成员遇到什么事找谁</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="49" />
        <location filename="../../ui/roles/tab.py" line="67" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="49" />
        <location filename="../../ui/roles/tab.py" line="67" />
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="50" />
        <source>Holder</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="50" />
        <source>Contact / notes</source>
        <translation>联系方式/备注</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="51" />
        <source>Members see it</source>
        <translation>成员可见</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="52" />
        <source>Front-line (members deal with it) or behind the scenes</source>
        <translation>前台（成员直接接触）或幕后</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="56" />
        <location filename="../../ui/roles/tab.py" line="70" />
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="57" />
        <source>Team</source>
        <translation>运营团队</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="65" />
        <location filename="../../ui/roles/tab.py" line="91" />
        <source>Member roles</source>
        <translation>社群角色</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="66" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="68" />
        <source>Key</source>
        <translation>关键</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="68" />
        <source>A key role the community needs filled</source>
        <translation>社群需要有人担任的关键角色</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="69" />
        <source>Held by</source>
        <translation>担任者</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="74" />
        <source>Hand-over of the selected role</source>
        <translation>所选角色的交接</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="75" />
        <source>Member taking it over</source>
        <translation>接任成员</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="76" />
        <source>Hand-over stage</source>
        <translation>交接阶段</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="79" />
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="80" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="81" />
        <source>Add holder</source>
        <translation>添加接任成员</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="83" />
        <source>Next stage ▶</source>
        <translation>下一阶段 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="84" />
        <source>Operator plays it → cultivating a member → member holds it</source>
        <translation>运营扮演 → 培养成员 → 成员担任</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="99" />
        <source>Community value (why members stay)</source>
        <translation>社群价值（成员为什么留下）</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="100" />
        <source>Vision</source>
        <translation>愿景</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="110" />
        <source>Entry criteria</source>
        <translation>入群标准</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="111" />
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="112" />
        <source>New criterion</source>
        <translation>新标准</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="115" />
        <source>Encouraged behaviours and rewards</source>
        <translation>鼓励行为与奖励</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="120" />
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="115" />
        <source>Reward kind</source>
        <translation>奖励类型</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="116" />
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="124" />
        <location filename="../../ui/roles/tab.py" line="172" />
        <source>New behaviour</source>
        <translation>新行为</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="117" />
        <source>Forbidden behaviours and penalties</source>
        <translation>禁止行为与处罚</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="53" />
        <source>Hours/week</source>
        <translation>小时/周</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="54" />
        <source>The time its holder has for the community (Plan ▸ Resources compares it with what the SOP rows and columns ask)</source>
        <translation>负责人可投入本群的时间（“方案与风险 ▸ 资源与预算”会与 SOP 行和栏目所需时间对比）</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="117" />
        <source>Penalty kind</source>
        <translation>处罚方式</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="118" />
        <source>Penalty</source>
        <translation>处罚</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="133" />
        <source>Rules</source>
        <translation>管理制度</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="138" />
        <source>Benefit first: community value → encouraged behaviours and rewards → forbidden behaviours and penalties → vision. Generate it from the rules, then edit freely.</source>
        <translation>利益优先：社群价值 → 鼓励行为与奖励 → 禁止行为与处罚 → 愿景。先从规则生成，再自由修改。</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="143" />
        <source>Generate from the rules</source>
        <translation>从规则生成</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="145" />
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="149" />
        <source>limit </source>
        <translation>上限 </translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="161" />
        <source>Edit announcement</source>
        <translation>编辑群公告</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="162" />
        <source>Announcement</source>
        <translation>群公告</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="167" />
        <source>Points: what earns them</source>
        <translation>积分：如何获得</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="168" />
        <source>Behaviour or purchase</source>
        <translation>行为或消费</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="169" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="171" />
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="173" />
        <source>Levels: thresholds must climb</source>
        <translation>等级：门槛必须逐级升高</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="174" />
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="174" />
        <source>Points needed</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="175" />
        <source>Privileges</source>
        <translation>特权</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="178" />
        <source>Growth ladder</source>
        <translation>成长体系</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="181" />
        <source>The four senses: what in the plan provides each</source>
        <translation>社群4感：规划中由什么提供</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="182" />
        <source>Sense</source>
        <translation>感受</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="184" />
        <source>For example</source>
        <translation>例如</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="185" />
        <source>Provided by</source>
        <translation>由谁提供</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="189" />
        <source>Choose what provides it…</source>
        <translation>选择提供它的内容…</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="194" />
        <source>Four senses</source>
        <translation>社群4感</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="269" />
        <source>Not covered yet: {senses}</source>
        <translation>尚未覆盖：{senses}</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="271" />
        <source>All four senses are covered.</source>
        <translation>四感均已覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="295" />
        <source>Unfilled key roles: {names}</source>
        <translation>空缺的关键角色：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="296" />
        <source>Hand-over overdue: {names}</source>
        <translation>交接逾期：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="297" />
        <source>Still played by you: {names}</source>
        <translation>仍由你扮演：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="300" />
        <source>Every key role is held by a member.</source>
        <translation>所有关键角色都已由成员担任。</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="323" />
        <source>New level</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="332" />
        <source>Generate announcement</source>
        <translation>生成群公告</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="343" />
        <source>{n} / {limit} characters</source>
        <translation>{n} / {limit} 字</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="345" />
        <source>Longer than the limit: the chat app may cut it.</source>
        <translation>超过上限：聊天软件可能会截断。</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="350" />
        <source>Change announcement limit</source>
        <translation>修改公告字数上限</translation>
    </message>
    <message>
        <location filename="../../ui/roles/tab.py" line="372" />
        <source>Link the four senses</source>
        <translation>关联社群4感</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <location filename="../../ui/widgets/row_editor.py" line="25" />
        <source>Edit cell</source>
        <translation>编辑单元格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_editor.py" line="45" />
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_editor.py" line="60" />
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_editor.py" line="79" />
        <source>Move rows</source>
        <translation>移动行</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_editor.py" line="99" />
        <source>Duplicate rows</source>
        <translation>复制行</translation>
    </message>
</context>
<context>
    <name>RowPanel</name>
    <message>
        <location filename="../../ui/widgets/row_panel.py" line="31" />
        <source>Nothing here yet: “{add}” adds the first row.</source>
        <translation>这里还没有内容：点“{add}”添加第一行。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_panel.py" line="32" />
        <location filename="../../ui/widgets/row_panel.py" line="43" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_panel.py" line="44" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_panel.py" line="50" />
        <source>Delete the selected rows (Ctrl+Del; Del empties a cell)</source>
        <translation>删除所选行（Ctrl+Del；Del 清空单元格）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_panel.py" line="53" />
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_panel.py" line="53" />
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>ScriptsTab</name>
    <message>
        <location filename="../../ui/scripts/tab.py" line="36" />
        <source>Library</source>
        <translation>话术库</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="37" />
        <source>Flash timeline</source>
        <translation>快闪时间线</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="46" />
        <source>Search titles and texts…</source>
        <translation>搜索标题与正文…</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="57" />
        <location filename="../../ui/scripts/tab.py" line="234" />
        <location filename="../../ui/scripts/tab.py" line="242" />
        <source>New script</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="57" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="71" />
        <source>Script title</source>
        <translation>话术标题</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="73" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="80" />
        <source>Shared by all communities</source>
        <translation>所有社群共享</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="81" />
        <source>A shared script shows in every community's library</source>
        <translation>共享话术会出现在每个社群的话术库中</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="85" />
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="89" />
        <source>Script text</source>
        <translation>话术正文</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="91" />
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="92" />
        <source>Variables: {names}</source>
        <translation>变量：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="97" />
        <source>Filled in:</source>
        <translation>填好后：</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="101" />
        <source>Copy the filled text</source>
        <translation>复制填好的文案</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="115" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="115" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="115" />
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="115" />
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="124" />
        <source>Copy this message</source>
        <translation>复制这条消息</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="125" />
        <source>Copies the selected message, filled in (or double-click it)</source>
        <translation>复制选中的消息（已填好变量；也可双击）</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="144" />
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="154" />
        <source>A template suggestion: edit or accept it to make it part of your plan.</source>
        <translation>模板建议：编辑或接受后才成为你的方案。</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="160" />
        <source>No script matches.</source>
        <translation>没有匹配的话术。</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="161" />
        <source>No scripts yet. A script is a text you post again and again (a welcome, the morning brief, an event's opening); “New script” adds one, and SOP rows and calendar entries can link it.</source>
        <translation>还没有话术。话术是反复要发的文字（欢迎语、早报、活动开场）；点“新建话术”添加，SOP 行和内容日历条目都可以关联它。</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="187" />
        <source>Not filled in here: {names} (an agenda item fills the date, time, event and owner).</source>
        <translation>这里未填：{names}（日程中的具体事项会填入日期、时间、活动与负责人）。</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="195" />
        <source>No event steps yet: add the flash script's steps in the SOP tab's event table.</source>
        <translation>还没有活动步骤：请在 SOP 表的“社群活动SOP”中添加快闪剧本的步骤。</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="196" />
        <source>{n} messages from T0 to the end, in order.</source>
        <translation>从 T0 到结束共 {n} 条消息，按顺序排列。</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="197" />
        <source>{gaps} days without a message: a flash group that goes quiet loses its members.</source>
        <translation>有 {gaps} 天没有消息：快闪群一冷场就会流失成员。</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="202" />
        <source>No message on this day</source>
        <translation>这一天没有消息</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="254" />
        <source>Delete script</source>
        <translation>删除话术</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="260" />
        <source>Script kind</source>
        <translation>话术类型</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="269" />
        <source>Share script</source>
        <translation>共享话术</translation>
    </message>
    <message>
        <location filename="../../ui/scripts/tab.py" line="269" />
        <source>Keep script to this community</source>
        <translation>话术仅本社群使用</translation>
    </message>
</context>
<context>
    <name>SopTab</name>
    <message>
        <location filename="../../ui/sop/tab.py" line="55" />
        <source>No event yet. Add one: each event has its own T0, and its preparation steps count back from it.</source>
        <translation>还没有活动。添加一个：每个活动有自己的 T0，筹备步骤从 T0 倒推。</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="58" />
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="64" />
        <source>T0:</source>
        <translation>T0：</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="70" />
        <source>Add event…</source>
        <translation>添加活动…</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="71" />
        <source>Rename event…</source>
        <translation>重命名活动…</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="72" />
        <location filename="../../ui/sop/tab.py" line="327" />
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="81" />
        <source>Search tasks, actions, owners… (Ctrl+F)</source>
        <translation>搜索事项、动作、负责人…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="86" />
        <source>Group by stage</source>
        <translation>按阶段分组</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="91" />
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="91" />
        <source>Insert a row below the selection (Ctrl+Enter)</source>
        <translation>在所选行下方插入一行（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="92" />
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="92" />
        <source>Duplicate the selected rows (Ctrl+D)</source>
        <translation>复制所选行（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="93" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="93" />
        <source>Delete the selected rows (Ctrl+Del; Del empties a cell)</source>
        <translation>删除所选行（Ctrl+Del；Del 清空单元格）</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="95" />
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="96" />
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="97" />
        <location filename="../../ui/sop/tab.py" line="266" />
        <location filename="../../ui/sop/tab.py" line="269" />
        <source>Reset from template</source>
        <translation>从模板补齐</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="98" />
        <source>Add the template rows that are missing; edited rows stay as they are</source>
        <translation>补回模板中缺少的行；已编辑的行保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="110" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="111" />
        <source>Timing</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="112" />
        <source>T-7, T0 20:00, T+1..T+7 (days from launch or the event's T0), a daily time or a weekday</source>
        <translation>T-7、T0 20:00、T+1..T+7（相对开群日或活动 T0 的天数），或每天的时间、星期几</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="114" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="115" />
        <source>Task</source>
        <translation>工作事项</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="116" />
        <source>Actions / script</source>
        <translation>具体动作/话术</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="117" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="119" />
        <source>Materials</source>
        <translation>物料/产出物</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="120" />
        <source>Done when / KPI</source>
        <translation>完成标准</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="121" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="122" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="123" />
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="125" />
        <source>The script (话术) to post at that moment: the agenda copies it filled in</source>
        <translation>到点要发的话术：日程中可一键复制填好变量的文案</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="126" />
        <source>Min.</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="127" />
        <source>Minutes one occurrence takes: the time budget adds them up per owner</source>
        <translation>做一次所需的分钟数：时间预算按负责人加总</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="180" />
        <source>Add an event above to plan its steps.</source>
        <translation>先在上方添加活动，再规划它的步骤。</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="181" />
        <source>No rows yet. Add the first with “Add row” (Ctrl+Enter), or “Reset from template” for the usual steps.</source>
        <translation>还没有行。用“添加行”（Ctrl+Enter）添加第一行，或用“从模板重置”加入常用步骤。</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="208" />
        <source>Done {done} of {total}</source>
        <translation>已完成 {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="231" />
        <source>Add an event first: each event has its own T0.</source>
        <translation>请先添加活动：每个活动有自己的 T0。</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="270" />
        <source>{n} missing template rows were added.</source>
        <translation>已补回 {n} 行模板内容。</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="273" />
        <location filename="../../ui/sop/tab.py" line="288" />
        <source>Add event</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="273" />
        <source>Event name (e.g. 618 flash sale):</source>
        <translation>活动名称（如 618 快闪）：</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="296" />
        <location filename="../../ui/sop/tab.py" line="300" />
        <source>Rename event</source>
        <translation>重命名活动</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="296" />
        <source>Event name:</source>
        <translation>活动名称：</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="310" />
        <source>Change T0</source>
        <translation>修改 T0</translation>
    </message>
    <message>
        <location filename="../../ui/sop/tab.py" line="317" />
        <source>Delete the event “{name}” and its rows?</source>
        <translation>删除活动“{name}”及其所有行？</translation>
    </message>
</context>
<context>
    <name>SpecTableModel</name>
    <message>
        <location filename="../../ui/widgets/table_model.py" line="23" />
        <source>A template suggestion: edit or accept it to make it part of your plan.</source>
        <translation>模板建议：编辑或接受后才成为你的方案。</translation>
    </message>
</context>
<context>
    <name>SpecTableView</name>
    <message>
        <location filename="../../ui/widgets/table_view.py" line="152" />
        <source>Clear cells</source>
        <translation>清空单元格</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <location filename="../../ui/widgets/suggestion_bar.py" line="27" />
        <source>Accept selected</source>
        <translation>接受所选</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_bar.py" line="28" />
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_bar.py" line="29" />
        <location filename="../../ui/widgets/suggestion_bar.py" line="73" />
        <source>Clear suggestions</source>
        <translation>清除建议</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_bar.py" line="43" />
        <source>{n} template suggestions on this tab (grey, italic). They are not part of your plan until you edit or accept them.</source>
        <translation>本页有 {n} 条模板建议（灰色斜体）。在你编辑或接受之前，它们不算作你的方案。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_bar.py" line="60" />
        <source>Accept suggestions</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_bar.py" line="66" />
        <source>Accept all suggestions</source>
        <translation>接受全部建议</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/overview/home.py" line="31" />
        <source>Welcome to the community planner</source>
        <translation>欢迎使用社群规划器</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="35" />
        <source>Plan a private community step by step: positioning, goals, content, roles and rules, the four SOP tables and growth. Everything stays on this computer.</source>
        <translation>一步步规划你的私域社群：定位、目标、内容、角色与规则、四张 SOP 表和增长。所有数据都只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="43" />
        <source>Plan my community</source>
        <translation>规划我的社群</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="43" />
        <source>A one-minute form, then the overview leads you through the method</source>
        <translation>一分钟填完，然后由总览带你一步步完成方法</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="45" />
        <source>Explore the example</source>
        <translation>看看示例</translation>
    </message>
    <message>
        <location filename="../../ui/overview/home.py" line="45" />
        <source>A filled-in plan of a course seller's community, marked as an example; delete it in one click</source>
        <translation>一个课程类社群的完整方案，标记为示例，一键即可删除</translation>
    </message>
</context>
</TS>