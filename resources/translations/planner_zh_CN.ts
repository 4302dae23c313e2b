<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AidassBar</name>
    <message>
        <location filename="../../ui/positioning_tab.py" line="44" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>CommunityList</name>
    <message>
        <location filename="../../ui/community_list.py" line="30" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/community_list.py" line="30" />
        <source>New community (Ctrl+N)</source>
        <translation>新建社群（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/community_list.py" line="31" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/community_list.py" line="31" />
        <source>Duplicate community</source>
        <translation>复制社群</translation>
    </message>
    <message>
        <location filename="../../ui/community_list.py" line="32" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/community_list.py" line="32" />
        <source>Delete community</source>
        <translation>删除社群</translation>
    </message>
    <message>
        <location filename="../../ui/community_list.py" line="47" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/community_list.py" line="48" />
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/community_list.py" line="49" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="25" />
        <location filename="../../ui/export_dialog.py" line="34" />
        <source>Export SOP</source>
        <translation>导出 SOP</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="26" />
        <source>Export the SOP tables of “{name}” as one workbook (a sheet per table) or as one workbook per table?</source>
        <translation>将“{name}”的 SOP 表导出为一个工作簿（每表一个工作表），还是每张表一个文件？</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="28" />
        <source>One workbook</source>
        <translation>一个工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="29" />
        <source>One file per table</source>
        <translation>每张表一个文件</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="36" />
        <location filename="../../ui/export_dialog.py" line="67" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="39" />
        <source>Folder for the SOP workbooks</source>
        <translation>SOP 工作簿的保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="60" />
        <source>Exported {n} file(s) to {folder}</source>
        <translation>已导出 {n} 个文件到 {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="66" />
        <location filename="../../ui/export_dialog.py" line="83" />
        <location filename="../../ui/export_dialog.py" line="94" />
        <source>Import SOP</source>
        <translation>导入 SOP</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="83" />
        <source>Nothing to import: </source>
        <translation>没有需要导入的内容：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85" />
        <source>Import these changes?</source>
        <translation>导入这些修改？</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="95" />
        <source>Imported: </source>
        <translation>已导入：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="38" />
        <source>Positioning</source>
        <translation>社群定位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39" />
        <source>SOP tables</source>
        <translation>SOP 表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71" />
        <source>&amp;New community…</source>
        <translation>新建社群(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72" />
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73" />
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>&amp;Export SOP to Excel…</source>
        <translation>导出 SOP 到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>&amp;Import SOP from Excel…</source>
        <translation>从 Excel 导入 SOP(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <location filename="../../ui/main_window.py" line="117" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <location filename="../../ui/main_window.py" line="242" />
        <source>Where is my data?</source>
        <translation>我的数据在哪里？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>The language changes when the app is restarted.</source>
        <translation>重新启动应用后语言生效。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Community planner — {name}</source>
        <translation>社群运营规划 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>Workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>工作区 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <location filename="../../ui/main_window.py" line="189" />
        <source>New community</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>Name of the community:</source>
        <translation>社群名称：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <location filename="../../ui/main_window.py" line="200" />
        <source>Rename community</source>
        <translation>重命名社群</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>Duplicate community</source>
        <translation>复制社群</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Delete the community “{name}” with all its plans? (Edit ▸ Undo brings it back.)</source>
        <translation>删除社群“{name}”及其全部规划？（编辑 ▸ 撤销可恢复。）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>Delete community</source>
        <translation>删除社群</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>Everything is saved as you type in one workspace file:
{path}

Copy that file to back it up or move it to another computer. Backups made before upgrades are in {backups}.</source>
        <translation>所有内容在输入时即保存到一个工作区文件：
{path}

复制该文件即可备份或迁移到另一台电脑。升级前的备份在 {backups}。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251" />
        <source>Community planner {version}
Plan a private community offline: positioning, roles, content, the four SOP tables and growth.</source>
        <translation>社群运营规划 {version}
离线规划私域社群：定位、角色、内容、四张 SOP 表与增长。</translation>
    </message>
</context>
<context>
    <name>PositioningTab</name>
    <message>
        <location filename="../../ui/positioning_tab.py" line="101" />
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="108" />
        <source>Automatic (from the span)</source>
        <translation>自动（按区间判断）</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="115" />
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="117" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="117" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="118" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="118" />
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="119" />
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="131" />
        <source>Rename community</source>
        <translation>重命名社群</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="141" />
        <source>AIDASS span: which part of the buyer's path does this community cover?</source>
        <translation>AIDASS 区间：本群覆盖用户路径的哪一段？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="152" />
        <source>Business model map (who the business deals with)</source>
        <translation>业务模型梳理（交易对象）</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="156" />
        <source>Served</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="157" />
        <source>The counterparty this community serves</source>
        <translation>本群服务的交易对象</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="158" />
        <source>Counterparty</source>
        <translation>交易对象</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="159" />
        <source>Value given</source>
        <translation>我方提供的价值</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="160" />
        <source>Value received</source>
        <translation>对方回馈的价值</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="161" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="168" />
        <source>Add counterparty</source>
        <translation>添加交易对象</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="171" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="179" />
        <source>5W1H self-check, from the member's point of view</source>
        <translation>5W1H 自查（从成员视角）</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="199" />
        <source>Edit 5W1H answer</source>
        <translation>编辑 5W1H 回答</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="212" />
        <source>Why build it?</source>
        <translation>Why：为什么建群？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="212" />
        <source>What problem of the members, and of the business, does it solve?</source>
        <translation>为成员、也为业务解决什么问题？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="213" />
        <source>What value do members get?</source>
        <translation>What：成员得到什么价值？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="213" />
        <source>Knowledge, company, deals, status… be concrete.</source>
        <translation>知识、陪伴、优惠、身份……要具体。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="214" />
        <source>Where (which platform)?</source>
        <translation>Where：在哪个平台？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="214" />
        <source>WeChat, WeCom, QQ, Feishu…, and why there.</source>
        <translation>微信、企业微信、QQ、飞书……以及为什么选它。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="215" />
        <source>Who are the members?</source>
        <translation>Who：成员是谁？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="215" />
        <source>Age, job, pains, why they would join.</source>
        <translation>年龄、职业、痛点、入群动机。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="216" />
        <source>When does it start, how long does it live?</source>
        <translation>When：何时开始，存续多久？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="216" />
        <source>Launch date and lifecycle: a week, three months, ongoing.</source>
        <translation>开群日期与生命周期：一周、三个月还是长期。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="217" />
        <source>How does it make money?</source>
        <translation>How：如何变现？</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="217" />
        <source>Which product, at what price, through which offer.</source>
        <translation>卖什么产品、什么价格、用什么方式成交。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="264" />
        <source>Select the stages the community covers to see its type.</source>
        <translation>选择本群覆盖的阶段，即可看到群类型。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="266" />
        <source>Type: &lt;b&gt;{type}&lt;/b&gt; · first priority: &lt;b&gt;{priority}&lt;/b&gt; · KPIs: {kpis}</source>
        <translation>类型：&lt;b&gt;{type}&lt;/b&gt; · 首要目标：&lt;b&gt;{priority}&lt;/b&gt; · 关键指标：{kpis}</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="279" />
        <source>{done}/6 answered. Still blank: {missing}</source>
        <translation>已回答 {done}/6。尚未填写：{missing}</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="283" />
        <source>6/6 answered: the positioning is complete.</source>
        <translation>6/6 已回答：定位完整。</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="294" />
        <source>Edit community</source>
        <translation>编辑社群</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="319" />
        <source>Change AIDASS span</source>
        <translation>修改 AIDASS 区间</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="334" />
        <source>Mark served counterparty</source>
        <translation>标记服务对象</translation>
    </message>
    <message>
        <location filename="../../ui/positioning_tab.py" line="338" />
        <source>New counterparty</source>
        <translation>新交易对象</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../ui/dialogs.py" line="8" />
        <location filename="../../ui/dialogs.py" line="12" />
        <source>Community planner</source>
        <translation>社群运营规划</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <location filename="../../ui/row_editor.py" line="25" />
        <source>Edit cell</source>
        <translation>编辑单元格</translation>
    </message>
    <message>
        <location filename="../../ui/row_editor.py" line="45" />
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/row_editor.py" line="60" />
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/row_editor.py" line="79" />
        <source>Move rows</source>
        <translation>移动行</translation>
    </message>
    <message>
        <location filename="../../ui/row_editor.py" line="99" />
        <source>Duplicate rows</source>
        <translation>复制行</translation>
    </message>
</context>
<context>
    <name>SopTab</name>
    <message>
        <location filename="../../ui/sop_tab.py" line="49" />
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="54" />
        <source>T0:</source>
        <translation>T0：</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="58" />
        <source>Add event…</source>
        <translation>添加活动…</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="59" />
        <source>Rename event…</source>
        <translation>重命名活动…</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="60" />
        <location filename="../../ui/sop_tab.py" line="306" />
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="68" />
        <source>Search tasks, actions, owners… (Ctrl+F)</source>
        <translation>搜索事项、动作、负责人…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="73" />
        <source>Group by stage</source>
        <translation>按阶段分组</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="78" />
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="78" />
        <source>Insert a row below the selection (Ctrl+Enter)</source>
        <translation>在所选行下方插入一行（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="79" />
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="79" />
        <source>Duplicate the selected rows (Ctrl+D)</source>
        <translation>复制所选行（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="80" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="80" />
        <source>Delete the selected rows (Del)</source>
        <translation>删除所选行（Del）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="81" />
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="82" />
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="83" />
        <location filename="../../ui/sop_tab.py" line="247" />
        <location filename="../../ui/sop_tab.py" line="248" />
        <source>Reset from template</source>
        <translation>从模板补齐</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="84" />
        <source>Add the template rows that are missing; edited rows stay as they are</source>
        <translation>补回模板中缺少的行；已编辑的行保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="96" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="97" />
        <source>Timing</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="98" />
        <source>T-7, T0 20:00, T+1..T+7 (days from launch or the event's T0), a daily time or a weekday</source>
        <translation>T-7、T0 20:00、T+1..T+7（相对开群日或活动 T0 的天数），或每天的时间、星期几</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="100" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="101" />
        <source>Task</source>
        <translation>工作事项</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="102" />
        <source>Actions / script</source>
        <translation>具体动作/话术</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="103" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="105" />
        <source>Materials</source>
        <translation>物料/产出物</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="106" />
        <source>Done when / KPI</source>
        <translation>完成标准</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="107" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="108" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="181" />
        <source>Done {done} of {total}</source>
        <translation>已完成 {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="204" />
        <source>Add an event first: each event has its own T0.</source>
        <translation>请先添加活动：每个活动有自己的 T0。</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="249" />
        <source>{n} missing template rows were added.</source>
        <translation>已补回 {n} 行模板内容。</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="252" />
        <location filename="../../ui/sop_tab.py" line="267" />
        <source>Add event</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="252" />
        <source>Event name (e.g. 618 flash sale):</source>
        <translation>活动名称（如 618 快闪）：</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="275" />
        <location filename="../../ui/sop_tab.py" line="279" />
        <source>Rename event</source>
        <translation>重命名活动</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="275" />
        <source>Event name:</source>
        <translation>活动名称：</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="289" />
        <source>Change T0</source>
        <translation>修改 T0</translation>
    </message>
    <message>
        <location filename="../../ui/sop_tab.py" line="296" />
        <source>Delete the event “{name}” and its rows?</source>
        <translation>删除活动“{name}”及其所有行？</translation>
    </message>
</context>
</TS>