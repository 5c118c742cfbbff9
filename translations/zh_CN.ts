<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome — touch to start</source>
        <translation>欢迎 — 触摸屏幕开始</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>轻触开始</translation>
    </message>
    <message>
        <source>Find the services that help your business, step by step, in your language.</source>
        <translation>用您的语言，一步一步找到帮助您生意的服务。</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Camino — front desk</source>
        <translation>Camino — 前台</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;language:</source>
        <translation>访客的语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>路线图</translation>
    </message>
    <message>
        <source>Printout preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>&amp;Bilingual (with English)</source>
        <translation>双语（含英文）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Print  (Ctrl+P)</source>
        <translation>打印(&amp;P)  (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reset  (Ctrl+R)</source>
        <translation>重置(&amp;R)  (Ctrl+R)</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>份数(&amp;O)：</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>打印机(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose at least one need (question 1) to see the pathway.</source>
        <translation>请至少选择一项需求（问题 1）以查看路线图。</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>无法生成预览：%1</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <source>Nothing to print yet: choose at least one need.</source>
        <translation>还没有可打印的内容：请至少选择一项需求。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印……</translation>
    </message>
    <message>
        <source>Ready for the next visitor.</source>
        <translation>可以接待下一位访客了。</translation>
    </message>
</context>
<context>
    <name>FinishScreen</name>
    <message>
        <source>Take your pathway with you</source>
        <translation>带走您的路线图</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>存到手机上</translation>
    </message>
    <message>
        <source>Show the QR code instead</source>
        <translation>显示二维码</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code.</source>
        <translation>用手机相机对准这个码。</translation>
    </message>
    <message>
        <source>Did you find what you need?</source>
        <translation>您找到需要的帮助了吗？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>找到了</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分找到</translation>
    </message>
    <message>
        <source>No</source>
        <translation>没找到</translation>
    </message>
    <message>
        <source>What was missing?</source>
        <translation>还缺少什么？</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>谢谢您！</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>正在打印……请稍候。</translation>
    </message>
    <message>
        <source>Printed. Please take your pages from the printer.</source>
        <translation>打印好了。请从打印机取走您的纸张。</translation>
    </message>
    <message>
        <source>Sorry, the printer is not working right now. You can take your pathway on your phone instead.</source>
        <translation>抱歉，打印机现在无法使用。您可以把路线图存到手机上。</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>SSN: Social Security number, the U.S. government&apos;s number for a person who may work in the U.S.</source>
        <translation>SSN：社会安全号码，是美国政府发给可以在美国工作的人的号码。</translation>
    </message>
    <message>
        <source>ITIN: a tax number from the IRS for people who cannot get an SSN. It is free.</source>
        <translation>ITIN：美国国税局（IRS）发给无法取得SSN的人的报税号码。免费。</translation>
    </message>
    <message>
        <source>EIN: your business&apos;s tax number from the IRS. It is free.</source>
        <translation>EIN：美国国税局（IRS）发给您企业的税号。免费。</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>请选择您的语言</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>请选择您的语言</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>清除所有数字</translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <source>chosen</source>
        <translation>已选</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>Your pathway</source>
        <translation>您的路线图</translation>
    </message>
    <message>
        <source>Do these steps in order. Tap a step to see who can help, best match first.</source>
        <translation>请按顺序完成这些步骤。点一个步骤，看看谁能帮您，最合适的排在前面。</translation>
    </message>
    <message>
        <source>We did not find a service for: %1</source>
        <translation>我们没有找到以下方面的服务：%1</translation>
    </message>
    <message>
        <source>We did not find a service for your answers</source>
        <translation>我们没有找到符合您回答的服务</translation>
    </message>
    <message>
        <source>These people can help you find one. Call them or visit:</source>
        <translation>这些人可以帮您找到服务。请打电话或前往：</translation>
    </message>
    <message>
        <source>Not sure? Talk to a person</source>
        <translation>不确定？找人谈谈</translation>
    </message>
    <message>
        <source>These people can point you to the right place. Call them or visit:</source>
        <translation>这些人可以告诉您该去哪里。请打电话或前往：</translation>
    </message>
    <message>
        <source>Someone to call who can point you to the right place.</source>
        <translation>可以打电话问的人，他们会告诉您该去哪里。</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>全部步骤</translation>
    </message>
    <message>
        <source>Why this step: %1</source>
        <translation>为什么要做这一步：%1</translation>
    </message>
    <message>
        <source>Take it with you</source>
        <translation>带走路线图</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>在地图中打开</translation>
    </message>
    <message>
        <source>Opening your pathway…</source>
        <translation>正在打开您的路线图…</translation>
    </message>
    <message>
        <source>This link holds no pathway. These people can help you find one.</source>
        <translation>此链接中没有路线图。以下机构可以帮助您。</translation>
    </message>
    <message>
        <source>The directory has been updated since the kiosk made this code. These are today&apos;s services for your steps.</source>
        <translation>自服务终端生成此二维码以来，目录已经更新。以下是您各个步骤目前的服务。</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>此服务已不在目录中。</translation>
    </message>
    <message>
        <source>Your pathway is stored only in this link, on your phone. Nothing about you was sent to this website.</source>
        <translation>您的路线图只保存在此链接中，在您的手机上。没有任何关于您的信息被发送到此网站。</translation>
    </message>
    <message>
        <source>This page could not load its directory. Connect to the internet and open the link again.</source>
        <translation>此页面无法加载目录。请连接互联网后重新打开链接。</translation>
    </message>
    <message>
        <source>Not shown here: {steps} steps, {services} services. Print the pathway to see them all.</source>
        <translation>此处未显示：{steps} 个步骤，{services} 项服务。请打印路线图查看全部内容。</translation>
    </message>
    <message>
        <source>Skip to your pathway</source>
        <translation>跳到您的路线图</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>工作人员 PIN 码</translation>
    </message>
    <message>
        <source>Enter the staff PIN (4 to 8 digits).</source>
        <translation>请输入工作人员 PIN 码（4 到 8 位）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before staff entry locks.</source>
        <translation>
            <numerusform>PIN 码错误。再错 %n 次将锁定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Staff entry is locked; try again in %n minute(s).</source>
        <translation>
            <numerusform>PIN 码错误次数过多，工作人员入口已锁定；请 %n 分钟后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff entry locked</source>
        <translation>工作人员入口已锁定</translation>
    </message>
    <message>
        <source>No staff PIN is set</source>
        <translation>尚未设置工作人员 PIN 码</translation>
    </message>
    <message>
        <source>Staff mode stays closed until a PIN is set. On this computer, run:
kiosk set-pin</source>
        <translation>设置 PIN 码之前，工作人员模式无法打开。请在这台电脑上运行：
kiosk set-pin</translation>
    </message>
    <message>
        <source>Staff entry is not possible</source>
        <translation>无法进入工作人员模式</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>%1 digits entered</source>
        <translation>已输入 %1 位</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>See step {n}</source>
        <translation>见第 {n} 步</translation>
    </message>
    <message>
        <source>Your business pathway</source>
        <translation>您的创业路线图</translation>
    </message>
    <message>
        <source>Printed at {place} on {date}</source>
        <translation>打印地点：{place}，日期：{date}</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>第 {n} 步</translation>
    </message>
    <message>
        <source>Why this step</source>
        <translation>为什么要做这一步</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>可以帮助您的机构</translation>
    </message>
    <message>
        <source>No service in this directory matches this step yet. Ask 311 or the Office of Immigrant and Refugee Affairs.</source>
        <translation>本目录中暂时没有与此步骤匹配的服务。请咨询 311 或移民与难民事务办公室。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>使用的语言</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Accepts ITIN (no Social Security number needed)</source>
        <translation>接受 ITIN（无需社会安全号码）</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>需要携带的证件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <source>Information last checked on {date}</source>
        <translation>信息最后核实日期：{date}</translation>
    </message>
    <message>
        <source>Information not yet verified</source>
        <translation>信息尚未核实</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>信息可能已过时：请先打电话确认</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>（英文）</translation>
    </message>
    <message>
        <source>Needs this directory has no service for yet</source>
        <translation>本目录暂无相应服务的需求</translation>
    </message>
    <message>
        <source>Need a person to help?</source>
        <translation>需要有人帮助您吗？</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Scan for the website</source>
        <translation>扫码打开网站</translation>
    </message>
    <message>
        <source>Scan to open this pathway on your phone</source>
        <translation>扫码在手机上打开此路线图</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>ZIP code (empty: near here)</source>
        <translation>邮编（留空：本地附近）</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>请选择所有符合的选项。</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>请选一项。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Option {n}</source>
        <translation>选项 {n}</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未选</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>第 {n} 步</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>大声</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>小声</translation>
    </message>
    <message>
        <source>To hear everything on the screen read aloud, touch Listen at the top, or press any key.</source>
        <translation>要听屏幕上的所有内容，请触摸上方的朗读，或按任意键。</translation>
    </message>
    <message>
        <source>Reading aloud is on. Use the arrow keys to move, Enter to choose, and 0 to hear it again.</source>
        <translation>朗读已打开。用方向键移动，按回车键选择，按 0 再听一遍。</translation>
    </message>
    <message>
        <source>Volume {n}</source>
        <translation>音量 {n}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check your answers</source>
        <translation>请检查您的回答</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>轻触回答即可修改。</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Near this kiosk</source>
        <translation>本机附近</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Show my pathway</source>
        <translation>查看我的路线图</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>ServiceCardWidget</name>
    <message>
        <source>Hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>使用的语言</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Accepts ITIN</source>
        <translation>接受 ITIN</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>需要带的证件</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>May be out of date: call first</source>
        <translation>信息可能已过时：请先打电话确认</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>打电话</translation>
    </message>
    <message>
        <source>Walk in</source>
        <translation>亲自前往</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>仅限网上</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>如何申请</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Speaks your language</source>
        <translation>讲您的语言</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Near you</source>
        <translation>离您近</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>尚未核实</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>抱歉，出了点问题。</translation>
    </message>
    <message>
        <source>Starting again. Your answers have been erased.</source>
        <translation>正在重新开始。您的回答已被删除。</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
    <message numerus="yes">
        <source>Closes by itself after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>%n 分钟无操作后自动关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close staff mode</source>
        <translation>关闭工作人员模式</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <source>Reprint the last pathway</source>
        <translation>重印上一份路线图</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Bilingual printouts (visitor&apos;s language and English)</source>
        <translation>双语打印（访客的语言和英文）</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Fewer copies</source>
        <translation>减少份数</translation>
    </message>
    <message>
        <source>More copies</source>
        <translation>增加份数</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Check printers</source>
        <translation>检查打印机</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>目录和同步</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>This kiosk&apos;s location</source>
        <translation>本机的位置</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>地点名称</translation>
    </message>
    <message>
        <source>ZIP code (sets where &quot;near this kiosk&quot; is measured from)</source>
        <translation>邮编（“本机附近”从这里算起）</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>End the application</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>Stops Camino on this kiosk until it is started again.</source>
        <translation>在本机上停止 Camino，直到再次启动。</translation>
    </message>
    <message>
        <source>Exit Camino</source>
        <translation>退出 Camino</translation>
    </message>
    <message>
        <source>The last print failed: %1</source>
        <translation>上一次打印失败：%1</translation>
    </message>
    <message>
        <source>Nothing to reprint. A printout is kept for 10 minutes and forgotten when the kiosk resets.</source>
        <translation>没有可重印的内容。打印内容保留 10 分钟，自助机重置时会被清除。</translation>
    </message>
    <message numerus="yes">
        <source>The last printout: %n step(s), in %1.</source>
        <translation>
            <numerusform>上一份打印：%n 个步骤，语言：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The printout was forgotten (more than 10 minutes ago).</source>
        <translation>打印内容已清除（超过 10 分钟）。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印……</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 份</translation>
    </message>
    <message>
        <source>Bilingual printouts on.</source>
        <translation>已开启双语打印。</translation>
    </message>
    <message>
        <source>Bilingual printouts off.</source>
        <translation>已关闭双语打印。</translation>
    </message>
    <message>
        <source>Asking the printers…</source>
        <translation>正在查询打印机……</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>电脑的默认打印机</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Printer saved.</source>
        <translation>打印机已保存。</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>正在打印测试页……</translation>
    </message>
    <message>
        <source>No sync source is set (sync.url in the config).</source>
        <translation>未设置同步来源（配置中的 sync.url）。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步……</translation>
    </message>
    <message>
        <source>%1 (kept as set)</source>
        <translation>%1（保持不变）</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2</source>
        <translation>纬度 %1，经度 %2</translation>
    </message>
    <message>
        <source>Give the place a name, e.g. the library&apos;s.</source>
        <translation>请给这个地点起个名字，例如图书馆的名字。</translation>
    </message>
    <message>
        <source>Location saved: %1, %2.</source>
        <translation>位置已保存：%1，%2。</translation>
    </message>
    <message>
        <source>Tap again to exit Camino</source>
        <translation>再次轻触以退出 Camino</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <source>Start over? Your answers will be cleared.</source>
        <translation>要重新开始吗？您的回答将被清除。</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>是，重新开始</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>To protect your privacy, your answers will be erased.</source>
        <translation>为保护您的隐私，您的回答将被删除。</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>我还在</translation>
    </message>
</context>
<context>
    <name>ZipScreen</name>
    <message>
        <source>Near this kiosk</source>
        <translation>本机附近</translation>
    </message>
    <message>
        <source>Another ZIP code</source>
        <translation>其他邮编</translation>
    </message>
    <message>
        <source>Type the 5 digits of the ZIP code:</source>
        <translation>请输入 5 位邮编：</translation>
    </message>
    <message>
        <source>ZIP code: %1</source>
        <translation>邮编：%1</translation>
    </message>
</context>
</TS>
