<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApplicationText</name>
    <message>
        <source>Enter the member&apos;s name (1 to 40 characters).</source>
        <translation>请输入会员姓名（1 至 40 个字符）。</translation>
    </message>
    <message>
        <source>Gender must be F (female) or M (male).</source>
        <translation>性别须为 F（女）或 M（男）。</translation>
    </message>
    <message>
        <source>Enter a real birthday in the past, as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式输入真实的生日，须为过去的日期。</translation>
    </message>
    <message>
        <source>The ID number must be 18 characters with a valid check digit (GB 11643).</source>
        <translation>身份证号须为 18 位，且校验位有效（GB 11643）。</translation>
    </message>
    <message>
        <source>The birth date in the ID number does not match the birthday given.</source>
        <translation>身份证号中的出生日期与所填生日不一致。</translation>
    </message>
    <message>
        <source>The mobile number must be 11 digits starting 13 to 19.</source>
        <translation>手机号须为 11 位数字，以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>Enter the member&apos;s address (up to 120 characters).</source>
        <translation>请输入会员地址（不超过 120 个字符）。</translation>
    </message>
    <message>
        <source>Enter the main product category bought.</source>
        <translation>请输入主要购买的商品类别。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>经理授权</translation>
    </message>
    <message>
        <source>Manager number</source>
        <translation>经理工号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter: approve · Esc: cancel</source>
        <translation>Enter：授权 · Esc：取消</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup could not be written (%1); the store is unchanged.</source>
        <translation>备份未能写入（%1）；门店数据未受影响。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1. The store is as it was.</source>
        <translation>未恢复任何数据：%1。门店数据保持原样。</translation>
    </message>
    <message>
        <source>The store&apos;s file is damaged (%1). Sales may fail or be lost: call IT to restore the last backup (viptillctl restore).</source>
        <translation>门店数据文件已损坏（%1）。销售可能失败或丢失：请联系 IT 恢复最近的备份（viptillctl restore）。</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Call between</source>
        <translation>通话时段</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>满意度（1-5）</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>↑↓ choose · Tab: next field · F10: save · Esc: back to the list</source>
        <translation>↑↓ 选择 · Tab：下一项 · F10：保存 · Esc：返回列表</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>Card %1 is already on a chip. To give the member a new card, replace it (补卡).</source>
        <translation>会员卡 %1 已写入芯片。如需为会员换新卡，请办理补卡。</translation>
    </message>
    <message>
        <source>The member has no card to write: replace the card (补卡) first.</source>
        <translation>该会员没有待写入的卡：请先办理补卡。</translation>
    </message>
    <message>
        <source>What the reader read back is not the card being issued. Tap the card again to write it once more.</source>
        <translation>读卡器回读的内容与正在发放的卡不符。请再次贴卡，重新写入。</translation>
    </message>
    <message>
        <source>This chip already carries card %1. Use a blank card.</source>
        <translation>此芯片已载有会员卡 %1。请使用空白卡。</translation>
    </message>
    <message>
        <source>replaced by card %1</source>
        <translation>已由会员卡 %1 取代</translation>
    </message>
    <message>
        <source>Card %1 came from the store&apos;s old system and stays a magnetic card. To give the member a chip card, replace the card (补卡).</source>
        <translation>会员卡 %1 来自原系统，仍为磁条卡。如需为会员换发芯片卡，请办理补卡。</translation>
    </message>
</context>
<context>
    <name>CareSettingsService</name>
    <message>
        <source>%1 is not a customer-care setting.</source>
        <translation>%1 不是客户维护的设置项。</translation>
    </message>
    <message>
        <source>%1 is for the service desk and managers; a cashier cannot do it.</source>
        <translation>%1 仅限服务台和经理使用；收银员无权操作。</translation>
    </message>
</context>
<context>
    <name>CareText</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <source>Keen on promotions</source>
        <translation>热衷促销</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>偶尔</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Daytime 10:00-17:00</source>
        <translation>白天 10:00-17:00</translation>
    </message>
    <message>
        <source>Office worker, lunch 12:30-13:00</source>
        <translation>上班族，午间 12:30-13:00</translation>
    </message>
    <message>
        <source>Office worker, evening 19:30-20:30</source>
        <translation>上班族，晚间 19:30-20:30</translation>
    </message>
    <message>
        <source>Product use</source>
        <translation>商品使用回访</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后回访</translation>
    </message>
    <message>
        <source>Points reminder</source>
        <translation>积分提醒</translation>
    </message>
    <message>
        <source>Dormant member</source>
        <translation>沉睡会员</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Did not want to talk</source>
        <translation>不愿交谈</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Price of an item</source>
        <translation>商品价格</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>New list price (yuan)</source>
        <translation>新标价（元）</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>价格历史</translation>
    </message>
    <message>
        <source>Import a catalogue file</source>
        <translation>导入商品目录文件</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>/media/usb/catalogue.csv · header barcode,name,counter,price,special</source>
        <translation>/media/usb/catalogue.csv · 表头 barcode,name,counter,price,special</translation>
    </message>
    <message>
        <source>Counters: promotions, special price</source>
        <translation>专柜：促销、特价</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>专柜</translation>
    </message>
    <message>
        <source>Promotion rate (0.80 = 8折)</source>
        <translation>促销折扣率（0.80 = 8折）</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD, empty: now)</source>
        <translation>开始日期（YYYY-MM-DD，空：立即）</translation>
    </message>
    <message>
        <source>To (empty: until cleared)</source>
        <translation>结束日期（空：直到取消）</translation>
    </message>
    <message>
        <source>Promotions running now or later</source>
        <translation>正在进行或即将开始的促销</translation>
    </message>
    <message>
        <source>special price</source>
        <translation>特价</translation>
    </message>
    <message>
        <source>member discounts apply</source>
        <translation>享受会员折扣</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The multiplier must be a whole number from 1 to 10.</source>
        <translation>积分倍数须为 1 至 10 的整数。</translation>
    </message>
    <message>
        <source>Line %1: %2; nothing was imported.</source>
        <translation>第 %1 行：%2；未导入任何商品。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; nothing was imported.</source>
        <translation>第 %1 行：带引号的字段缺少结束引号；未导入任何商品。</translation>
    </message>
    <message>
        <source>The file is empty; it needs the header %1.</source>
        <translation>文件为空；首行须为表头 %1。</translation>
    </message>
    <message>
        <source>Line 1: the header must be %1; nothing was imported.</source>
        <translation>第 1 行：表头须为 %1；未导入任何商品。</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; must be 4 to 32 letters or digits</source>
        <translation>条码 &quot;%1&quot; 须为 4 至 32 位字母或数字</translation>
    </message>
    <message>
        <source>barcode %1 appears twice in the file</source>
        <translation>条码 %1 在文件中重复出现</translation>
    </message>
    <message>
        <source>the name must be 1 to 80 characters</source>
        <translation>商品名称须为 1 至 80 个字符</translation>
    </message>
    <message>
        <source>the counter must be 1 to 40 characters</source>
        <translation>专柜名称须为 1 至 40 个字符</translation>
    </message>
    <message>
        <source>special must be 1 (special-price goods) or 0, not &quot;%1&quot;</source>
        <translation>special 须为 1（特价商品）或 0，不能是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>A counter promotion rate is a decimal above 0 and at most 1, such as 0.80 for 8折; &quot;%1&quot; is not.</source>
        <translation>专柜促销折扣率须为大于 0 且不超过 1 的小数，如 0.80 表示 8折；&quot;%1&quot; 不符合要求。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>The promotion ends before it starts.</source>
        <translation>促销结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>There is no counter named %1.</source>
        <translation>没有名为 %1 的专柜。</translation>
    </message>
    <message>
        <source>A rule needs a name of 1 to 60 characters.</source>
        <translation>规则名称须为 1 至 60 个字符。</translation>
    </message>
    <message>
        <source>Weekdays run from 1 (Monday) to 7 (Sunday).</source>
        <translation>星期取值为 1（星期一）至 7（星期日）。</translation>
    </message>
    <message>
        <source>Months run from 1 to 12.</source>
        <translation>月份取值为 1 至 12。</translation>
    </message>
    <message>
        <source>The rule ends before it starts.</source>
        <translation>规则结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The number of first members cannot be negative.</source>
        <translation>每日前 N 名会员的人数不能为负数。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again; nothing was imported.</source>
        <translation>该文件既不是 UTF-8 文本也不是 GB18030 文本。请在电子表格中另存为“CSV UTF-8”格式后重新导入；未导入任何商品。</translation>
    </message>
    <message>
        <source>the name and the counter must be one line of text</source>
        <translation>商品名称和专柜名称须为单行文本</translation>
    </message>
    <message>
        <source>Prices change by a manager only; %1 is not a manager.</source>
        <translation>只有经理可以调价；%1 不是经理。</translation>
    </message>
    <message>
        <source>Only a manager may stop a rule.</source>
        <translation>只有经理才能停用积分规则。</translation>
    </message>
    <message>
        <source>A rule stops from today or a later day, never backwards; %1 is gone.</source>
        <translation>规则只能从今天或以后的日期停用，不能倒签；%1 已经过去。</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>没有编号为 %1 的规则。</translation>
    </message>
    <message>
        <source>Rule %1 ends on %2 already.</source>
        <translation>规则 %1 已于 %2 结束。</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何商品。</translation>
    </message>
    <message>
        <source>A list price is an amount in yuan from %1 to %2, such as 199.00; &quot;%3&quot; is not.</source>
        <translation>标价须为 %1 至 %2 元之间的金额，例如 199.00；“%3”不是有效标价。</translation>
    </message>
    <message>
        <source>Line %1: a list price is from %2 to %3 yuan, not %4. Nothing was imported.</source>
        <translation>第 %1 行：标价须在 %2 至 %3 元之间，不能是 %4；未导入任何商品。</translation>
    </message>
</context>
<context>
    <name>CeilingText</name>
    <message>
        <source>This would take the sale over %1 yuan, the most one sale can come to. Nothing was changed: ring up the rest as a separate sale.</source>
        <translation>这样本单金额将超过单笔上限 %1 元。未做任何更改：其余商品请另开一单结账。</translation>
    </message>
    <message>
        <source>The refund would be over %1 yuan, the most one sale can come to. Nothing was changed: refer this return to the manager.</source>
        <translation>退款金额将超过单笔上限 %1 元。未做任何更改：请交经理处理这笔退货。</translation>
    </message>
    <message>
        <source>The gift is priced over %1 yuan, the most one sale can come to. Nothing was changed: have the manager correct its price.</source>
        <translation>该礼品标价超过单笔上限 %1 元。未做任何更改：请经理更正价格。</translation>
    </message>
    <message>
        <source>The payments come to over %1 yuan, the most one sale can take. Nothing was changed: check the amounts.</source>
        <translation>收款合计超过单笔上限 %1 元。未做任何更改：请核对金额。</translation>
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <source>Scan or type a barcode · 3* sets the quantity of the next item</source>
        <translation>扫描或输入条码 · 输入 3* 设定下一件商品的数量</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
</context>
<context>
    <name>CheckoutSession</name>
    <message>
        <source>This needs a manager&apos;s approval.</source>
        <translation>此操作需要经理授权。</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>请先选择一行商品。</translation>
    </message>
    <message>
        <source>There is nothing to put on hold.</source>
        <translation>没有可挂起的交易。</translation>
    </message>
    <message>
        <source>Finish or put the current sale on hold before resuming another.</source>
        <translation>请先完成或挂起当前交易，再取回其他挂单。</translation>
    </message>
    <message>
        <source>That sale is no longer on hold.</source>
        <translation>该挂单已被取回，不再挂起。</translation>
    </message>
</context>
<context>
    <name>ChipCardService</name>
    <message>
        <source>The store&apos;s card keys are missing.</source>
        <translation>缺少门店的会员卡密钥。</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run viptillctl --help.</source>
        <translation>未知命令 &quot;%1&quot;。请运行 viptillctl --help。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必须提供选项 --%1。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 须为整数，不能是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Name at least one item: BARCODE or BARCODE*QTY.</source>
        <translation>请至少指定一件商品：BARCODE 或 BARCODE*QTY。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--%1 takes numbers separated by commas, such as 1,3.</source>
        <translation>--%1 须为以逗号分隔的数字，如 1,3。</translation>
    </message>
    <message>
        <source>--reason must be lost, damaged or demagnetized.</source>
        <translation>--reason 须为 lost（遗失）、damaged（损坏）或 demagnetized（消磁）。</translation>
    </message>
    <message>
        <source>Give exactly one of %1 or %2.</source>
        <translation>%1 和 %2 须指定其一，且只能指定一个。</translation>
    </message>
    <message>
        <source>Usage: viptillctl product import FILE.csv</source>
        <translation>用法：viptillctl product import FILE.csv</translation>
    </message>
    <message>
        <source>Give exactly one of --member, --card or --mobile.</source>
        <translation>--member、--card、--mobile 须指定其一，且只能指定一个。</translation>
    </message>
    <message>
        <source>Members with no purchase for N days or more.</source>
        <translation>N 天及以上未消费的会员。</translation>
    </message>
    <message>
        <source>Cards that lapse within N days.</source>
        <translation>N 天内将失效的会员卡。</translation>
    </message>
    <message>
        <source>Cards past their lapse day.</source>
        <translation>已过失效日的会员卡。</translation>
    </message>
    <message>
        <source>Makes a lapsed card active again.</source>
        <translation>重新激活已失效的会员卡。</translation>
    </message>
    <message>
        <source>The day&apos;s follow-up calls; today&apos;s are planned first.</source>
        <translation>当天的回访电话；今天的先行安排。</translation>
    </message>
    <message>
        <source>Records how a call went.</source>
        <translation>登记回访结果。</translation>
    </message>
    <message>
        <source>The seasonal feedback report.</source>
        <translation>季度回访反馈报告。</translation>
    </message>
    <message>
        <source>The day&apos;s text messages; today&apos;s are written to the outbox.</source>
        <translation>当天的短信；今天的写入待发箱。</translation>
    </message>
    <message>
        <source>Hands the day&apos;s waiting messages to the SMS gateway.</source>
        <translation>将当天待发短信交给短信网关。</translation>
    </message>
    <message>
        <source>Shows or sets the words of a message.</source>
        <translation>查看或设置短信内容。</translation>
    </message>
    <message>
        <source>Classifies every member A/B/C now.</source>
        <translation>立即将所有会员分为 A/B/C 类。</translation>
    </message>
    <message>
        <source>Members as last classified.</source>
        <translation>按最近一次分类列出会员。</translation>
    </message>
    <message>
        <source>The morning run: lapsed cards, classes, calls and messages.</source>
        <translation>每日晨间作业：失效卡、会员分类、回访电话和短信。</translation>
    </message>
    <message>
        <source>Lists (and changes) the customer-care settings.</source>
        <translation>列出（并修改）客户维护设置。</translation>
    </message>
    <message>
        <source>The member file; the reading is logged.</source>
        <translation>会员档案；每次查阅均有记录。</translation>
    </message>
    <message>
        <source>Changes the member file; the rest stays.</source>
        <translation>修改会员档案；未指定的内容不变。</translation>
    </message>
    <message>
        <source>The member&apos;s own copy of everything held on them (PIPL).</source>
        <translation>会员本人的全部个人信息副本（个人信息保护法）。</translation>
    </message>
    <message>
        <source>Erases the person on their request, approved by another manager.</source>
        <translation>应会员本人要求删除其个人信息，须另一位经理批准。</translation>
    </message>
    <message>
        <source>Corrects a balance by hand, approved by another manager.</source>
        <translation>手工调整积分余额，须另一位经理批准。</translation>
    </message>
    <message>
        <source>--%1 must be one of: %2.</source>
        <translation>--%1 须为以下之一：%2。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; every value goes with its --option.</source>
        <translation>多余的参数 &quot;%1&quot;；每个值都须跟在对应的 --选项 之后。</translation>
    </message>
    <message>
        <source>Usage: viptillctl product import --dry-run FILE.csv</source>
        <translation>用法：viptillctl product import --dry-run FILE.csv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feedback season: give the report month as YYYY-03, YYYY-05, YYYY-09 or YYYY-12.</source>
        <translation>&quot;%1&quot; 不是反馈报告的季度：请按 YYYY-03、YYYY-05、YYYY-09 或 YYYY-12 给出报告月份。</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--set 须为 KEY=VALUE 形式，不能是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Give --from and --to, or --month YYYY-MM.</source>
        <translation>请提供 --from 和 --to，或 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>Give exactly one of --barcode or --counter.</source>
        <translation>--barcode 和 --counter 须指定其一，且只能指定一个。</translation>
    </message>
    <message>
        <source>--set takes 1 (special-price goods) or 0.</source>
        <translation>--set 须为 1（特价商品）或 0。</translation>
    </message>
    <message>
        <source>VIPTILL_NOW must be a local time YYYY-MM-DDTHH:MM:SS, not &quot;%1&quot;.</source>
        <translation>VIPTILL_NOW 须为 YYYY-MM-DDTHH:MM:SS 格式的本地时间，不能是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>A terminal code is 1 to 8 capital letters or digits, not &quot;%1&quot;.</source>
        <translation>终端代码须为 1 至 8 位大写字母或数字，不能是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>give --staff NUMBER --pin PIN, or set VIPTILL_STAFF and VIPTILL_PIN.</source>
        <translation>请提供 --staff 工号 --pin 密码，或设置 VIPTILL_STAFF 和 VIPTILL_PIN。</translation>
    </message>
    <message>
        <source>Staff number %1 may not run &quot;%2&quot;: it is for a manager. Nothing was changed.</source>
        <translation>工号 %1 无权执行“%2”：此操作仅限经理。未作任何更改。</translation>
    </message>
    <message>
        <source>Staff number %1 may not run &quot;%2&quot;: it is for the service desk or a manager. Nothing was changed.</source>
        <translation>工号 %1 无权执行“%2”：此操作仅限服务台或经理。未作任何更改。</translation>
    </message>
    <message>
        <source>Usage: viptillctl [--db PATH] [--terminal CODE] [--staff NUMBER --pin PIN] COMMAND ...
A command that changes the store is done in a staff member&apos;s name: --staff and --pin
(before or after the command&apos;s words), or VIPTILL_STAFF and VIPTILL_PIN.
See docs/cli.md for each command&apos;s output.</source>
        <translation>用法：viptillctl [--db PATH] [--terminal CODE] [--staff NUMBER --pin PIN] COMMAND ...
会更改门店数据的命令须以员工身份执行：--staff 和 --pin
（写在命令词之前或之后均可），或设置 VIPTILL_STAFF 和 VIPTILL_PIN。
各命令的输出说明见 docs/cli.md。</translation>
    </message>
    <message>
        <source>Sales and members:</source>
        <translation>销售与会员：</translation>
    </message>
    <message>
        <source>Customer care:</source>
        <translation>客户维护：</translation>
    </message>
    <message>
        <source>Manager&apos;s office:</source>
        <translation>经理室：</translation>
    </message>
    <message>
        <source>Cards, trust and the store:</source>
        <translation>会员卡、安全与门店：</translation>
    </message>
    <message>
        <source>staff: any role</source>
        <translation>员工：任何岗位</translation>
    </message>
    <message>
        <source>staff: service desk or manager</source>
        <translation>员工：服务台或经理</translation>
    </message>
    <message>
        <source>staff: manager</source>
        <translation>员工：经理</translation>
    </message>
    <message>
        <source>staff: manager; none while the store has no staff</source>
        <translation>员工：经理；门店尚无员工时无需</translation>
    </message>
    <message>
        <source>staff: manager, with --%1</source>
        <translation>员工：带 --%1 时须经理</translation>
    </message>
    <message>
        <source>Imports the catalogue (barcode,name,counter,price,special); --dry-run says what would change.</source>
        <translation>导入商品目录（barcode,name,counter,price,special）；--dry-run 只显示将有哪些变动。</translation>
    </message>
    <message>
        <source>Gives an item a new list price.</source>
        <translation>为商品设定新的标价。</translation>
    </message>
    <message>
        <source>Makes an item, or a whole counter, special-price goods (特价) or not.</source>
        <translation>将单个商品或整个专柜设为特价商品，或取消特价。</translation>
    </message>
    <message>
        <source>Every price an item has had.</source>
        <translation>商品的全部历史价格。</translation>
    </message>
    <message>
        <source>Sets or clears a whole-counter promotion.</source>
        <translation>设置或取消全柜折扣。</translation>
    </message>
    <message>
        <source>Adds a points multiplier rule (weekday 1 = Monday).</source>
        <translation>新增积分倍数规则（星期 1 = 星期一）。</translation>
    </message>
    <message>
        <source>Gives one gift item for points (积分兑换).</source>
        <translation>用积分兑换一件礼品（积分兑换）。</translation>
    </message>
    <message>
        <source>Cancels a redemption of today; the points come back.</source>
        <translation>取消当天的一笔兑换；积分退回。</translation>
    </message>
    <message>
        <source>The day&apos;s figures.</source>
        <translation>当天的经营数据。</translation>
    </message>
    <message>
        <source>The figures of any range, or of a month.</source>
        <translation>任意时段或某月的经营数据。</translation>
    </message>
    <message>
        <source>Sales by counter.</source>
        <translation>各专柜销售额。</translation>
    </message>
    <message>
        <source>The gifts the mall owes each counter.</source>
        <translation>商场应与各专柜结算的兑换礼品。</translation>
    </message>
    <message>
        <source>The year&apos;s diamond thank-you invitations.</source>
        <translation>本年度钻石会员答谢活动邀请名单。</translation>
    </message>
    <message>
        <source>Closes the day (日结): its figures are frozen.</source>
        <translation>日结：当天数据从此冻结。</translation>
    </message>
    <message>
        <source>Rings up a sale paid in cash; ITEM is BARCODE or BARCODE*QTY.</source>
        <translation>收银一笔现金销售；ITEM 为 BARCODE 或 BARCODE*QTY。</translation>
    </message>
    <message>
        <source>Takes back the whole receipt, or the items named.</source>
        <translation>整单退货，或退指定商品。</translation>
    </message>
    <message>
        <source>Joins a customer with the day&apos;s receipts (办卡).</source>
        <translation>凭当天小票为顾客办卡。</translation>
    </message>
    <message>
        <source>Shows a member, found by one of the three.</source>
        <translation>按三者之一查找并显示会员。</translation>
    </message>
    <message>
        <source>Blocks the member&apos;s card and issues a new one (补卡).</source>
        <translation>挂失旧卡并补发新卡（补卡）。</translation>
    </message>
    <message>
        <source>Creates or updates the database; --training makes an empty one a training store (培训).</source>
        <translation>创建或升级数据库；--training 将空数据库设为培训门店。</translation>
    </message>
    <message>
        <source>Fills an empty database with the demo store, a training store.</source>
        <translation>在空数据库中生成演示门店（培训门店）。</translation>
    </message>
    <message>
        <source>Makes the store&apos;s key file, to copy to every till and desk.</source>
        <translation>生成门店密钥文件，复制到每台收银机和服务台。</translation>
    </message>
    <message>
        <source>Writes the member&apos;s card onto the chip on the reader.</source>
        <translation>将会员卡写入读卡器上的芯片卡。</translation>
    </message>
    <message>
        <source>Reads and checks the card on the reader.</source>
        <translation>读取并核验读卡器上的卡。</translation>
    </message>
    <message>
        <source>Checks the audit trail and the points ledger for tampering.</source>
        <translation>核查审计记录和积分账是否被篡改。</translation>
    </message>
    <message>
        <source>A consistent copy of the store while tills sell.</source>
        <translation>在收银机营业时备份一致的门店数据副本。</translation>
    </message>
    <message>
        <source>Puts the store back from a copy.</source>
        <translation>从备份副本恢复门店数据。</translation>
    </message>
    <message>
        <source>Checks every page of the store&apos;s file.</source>
        <translation>逐页检查门店数据文件。</translation>
    </message>
    <message>
        <source>Usage: viptillctl settings set KEY VALUE [--from DATE] [--to DATE] [--note TEXT]</source>
        <translation>用法：viptillctl settings set 设置项 值 [--from 日期] [--to 日期] [--note 备注]</translation>
    </message>
    <message>
        <source>Staff number %1 was given a new PIN by a manager: choose your own first, at a till or with: viptillctl staff pin --number %1 --new-pin NEW. Nothing was changed.</source>
        <translation>工号 %1 的密码已由经理重置：请先在收银机上，或用 viptillctl staff pin --number %1 --new-pin 新密码 设置自己的密码。未做任何更改。</translation>
    </message>
    <message>
        <source>Staff and the programme&apos;s settings:</source>
        <translation>员工与会员计划设置：</translation>
    </message>
    <message>
        <source>Adds a member of staff (a PIN of 4 to 8 digits); a new store&apos;s first is its manager.</source>
        <translation>添加员工（密码为 4 至 8 位数字）；新门店的第一位员工是经理。</translation>
    </message>
    <message>
        <source>Everyone, leavers too; never a PIN.</source>
        <translation>全部员工，包括已离职的；不显示密码。</translation>
    </message>
    <message>
        <source>Changes a member of staff&apos;s role.</source>
        <translation>更改员工的岗位。</translation>
    </message>
    <message>
        <source>A leaver: can no longer log in; the history keeps the name.</source>
        <translation>员工离职：不能再登录；历史记录保留其姓名。</translation>
    </message>
    <message>
        <source>Lifts a lock-out after too many wrong PINs.</source>
        <translation>解除因多次输错密码造成的锁定。</translation>
    </message>
    <message>
        <source>A manager resets a PIN (changed at the next log-in); your own number: you choose your own PIN.</source>
        <translation>经理重置密码（下次登录时须更改）；本人工号：设置自己的密码。</translation>
    </message>
    <message>
        <source>The programme&apos;s settings today, and the changes ahead.</source>
        <translation>今天生效的会员计划设置，以及将要生效的变更。</translation>
    </message>
    <message>
        <source>Every change of a setting, newest first.</source>
        <translation>所有设置变更记录，最新的在前。</translation>
    </message>
    <message>
        <source>Changes a setting from today or a later day (never backwards); with --to, for those days only.</source>
        <translation>从今天或以后某天起更改设置（不能倒签）；加 --to 则只在这几天有效。</translation>
    </message>
    <message>
        <source>Ends a change of a setting: it no longer holds from DATE (default today).</source>
        <translation>停止一项设置变更：自该日期（默认今天）起不再生效。</translation>
    </message>
    <message>
        <source>The points multiplier rules, stopped ones too.</source>
        <translation>积分倍数规则，包括已停用的。</translation>
    </message>
    <message>
        <source>Stops a rule: its last day is the day before DATE (default today).</source>
        <translation>停用规则：最后一天为该日期（默认今天）的前一天。</translation>
    </message>
    <message>
        <source>The counter promotions running today or later.</source>
        <translation>今天及以后进行的专柜促销。</translation>
    </message>
    <message>
        <source>Usage: viptillctl member import FILE.csv [--dry-run]</source>
        <translation>用法：viptillctl member import 文件.csv [--dry-run]</translation>
    </message>
    <message>
        <source>Members, cards and points from the old system (card_number,name,gender,birthday,id_number,mobile,address,tier,points_balance,points_lifetime,joined_on); any fault imports nothing; --dry-run lists every fault.</source>
        <translation>从原系统导入会员、会员卡和积分（card_number,name,gender,birthday,id_number,mobile,address,tier,points_balance,points_lifetime,joined_on）；有任何错误则一条也不导入；--dry-run 列出所有错误。</translation>
    </message>
</context>
<context>
    <name>CsvOutboxFile</name>
    <message>
        <source>The SMS file %1 cannot be written: %2</source>
        <translation>无法写入短信文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>DayCloseScreen</name>
    <message>
        <source>Day (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
</context>
<context>
    <name>DayCloseService</name>
    <message>
        <source>%1 was closed (日结) at %2 by %3: nothing more can be recorded on it.</source>
        <translation>%1 已于 %2 由 %3 日结：不能再记录该日的任何业务。</translation>
    </message>
    <message>
        <source>The books are closed through %1 (日结 at %2 by %3): nothing dated %4 can be recorded.</source>
        <translation>账目已结至 %1（%2 由 %3 日结）：不能记录日期为 %4 的业务。</translation>
    </message>
    <message>
        <source>Choose the day to close.</source>
        <translation>请选择要日结的日期。</translation>
    </message>
    <message>
        <source>Only a manager closes a day; %1 is not a manager.</source>
        <translation>只有经理可以日结；%1 不是经理。</translation>
    </message>
    <message>
        <source>%1 has not come yet; a day is closed when its trading is over.</source>
        <translation>%1 尚未到来；营业结束后才能日结。</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The database already holds a store; the demo fills only an empty one.</source>
        <translation>数据库中已有门店数据；演示数据只能写入空数据库。</translation>
    </message>
</context>
<context>
    <name>DiamondEventScreen</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>DormancyService</name>
    <message>
        <source>The number of days must be from 1 to 3650.</source>
        <translation>天数须为 1 至 3650。</translation>
    </message>
    <message>
        <source>Reviving a card</source>
        <translation>恢复会员卡</translation>
    </message>
    <message>
        <source>%1 has no lapsed card to revive (the card is %2).</source>
        <translation>%1 没有可恢复的失效卡（会员卡状态为%2）。</translation>
    </message>
    <message>
        <source>Card %1 is active; it lapses on %2 without a purchase.</source>
        <translation>会员卡 %1 有效；若无消费，将于 %2 失效。</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Barcode %1 is not in the catalogue; the item cannot be sold.</source>
        <translation>条码 %1 不在商品目录中；该商品无法销售。</translation>
    </message>
    <message>
        <source>Card %1 is not a card of this store. Ask the customer to visit the service desk.</source>
        <translation>会员卡 %1 不是本店的卡。请顾客前往服务台。</translation>
    </message>
    <message>
        <source>Card %1 is blocked (reported lost or replaced). Keep the card and send the customer to the service desk.</source>
        <translation>会员卡 %1 已挂失停用（已挂失或已补卡）。请收回此卡，并请顾客前往服务台。</translation>
    </message>
    <message>
        <source>Card %1 has lapsed. The service desk can revive it.</source>
        <translation>会员卡 %1 已失效。可到服务台办理恢复。</translation>
    </message>
    <message>
        <source>Card %1 has not been activated yet. Finish issuing it at the service desk.</source>
        <translation>会员卡 %1 尚未激活。请在服务台完成发卡。</translation>
    </message>
    <message>
        <source>The quantity in &quot;%1&quot; must be a whole number from 1 to 9999.</source>
        <translation>&quot;%1&quot; 中的数量须为 1 至 9999 的整数。</translation>
    </message>
    <message>
        <source>No member found for %1.</source>
        <translation>未找到与 %1 对应的会员。</translation>
    </message>
    <message>
        <source>Receipt %1 was not found.</source>
        <translation>未找到小票 %1。</translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was changed. (%1)</source>
        <translation>数据库无法完成该操作，未做任何更改。（%1）</translation>
    </message>
    <message>
        <source>Card %1 is a copy: its chip is not the one the store wrote for this number. Keep the card and send the customer to the service desk.</source>
        <translation>会员卡 %1 是复制卡：卡内芯片不是本店为此卡号写入的芯片。请收回此卡，并请顾客前往服务台。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes the store, so it is done in a staff member&apos;s name: %2 Nothing was changed.</source>
        <translation>“%1”会更改门店数据，须以员工身份执行：%2未作任何更改。</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>The member&apos;s data could not be written to %1: %2</source>
        <translation>会员资料无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Festival</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
</context>
<context>
    <name>FiguresScreen</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>专柜</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>消费排行</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>全部数据</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>A new store: setting up VipTill</source>
        <translation>新店开业：设置 VipTill</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Address (may be empty)</source>
        <translation>地址（可不填）</translation>
    </message>
    <message>
        <source>Telephone (may be empty)</source>
        <translation>电话（可不填）</translation>
    </message>
    <message>
        <source>Staff number (3 to 8 digits)</source>
        <translation>工号（3 至 8 位数字）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>密码（4 至 8 位数字）</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>再输一次密码</translation>
    </message>
    <message>
        <source>Catalogue file (CSV)</source>
        <translation>商品目录文件（CSV）</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>Bought on %1: %2</source>
        <translation>%1 购买：%2</translation>
    </message>
    <message>
        <source>Birthday today: %1 years</source>
        <translation>今天生日：%1 岁</translation>
    </message>
    <message>
        <source>Returned goods on %1 (receipt %2)</source>
        <translation>%1 退货（小票 %2）</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>%1 points: a gift of up to ¥%2</source>
        <translation>%1 积分：可兑换价值不超过 ¥%2 的礼品</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>Last visit %1, %2 days before the call</source>
        <translation>最近到店 %1，距回访 %2 天</translation>
    </message>
    <message>
        <source>Calls are planned on the morning of their day; %1 has not come yet.</source>
        <translation>回访在当天早上排定；%1 尚未到来。</translation>
    </message>
    <message>
        <source>Logging a follow-up call</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Ask the member how satisfied they are: 1 (not at all) to 5 (very).</source>
        <translation>请询问会员的满意度：1（很不满意）至 5（非常满意）。</translation>
    </message>
    <message>
        <source>Satisfaction is recorded only when the member was reached.</source>
        <translation>只有接通会员时才记录满意度。</translation>
    </message>
    <message>
        <source>Suggestions are at most %1 characters.</source>
        <translation>建议不超过 %1 个字符。</translation>
    </message>
    <message>
        <source>There is no call number %1.</source>
        <translation>没有编号为 %1 的回访。</translation>
    </message>
    <message>
        <source>Call %1 is due on %2.</source>
        <translation>回访 %1 应于 %2 进行。</translation>
    </message>
    <message>
        <source>Call %1 was logged on %2 (%3).</source>
        <translation>回访 %1 已于 %2 记录（%3）。</translation>
    </message>
    <message>
        <source>Call %1 was logged meanwhile.</source>
        <translation>回访 %1 已被他人记录。</translation>
    </message>
    <message>
        <source>Hello, %1. This is the service desk of %2. %3. Is everything as you hoped? Is there anything we could do better?</source>
        <translation>%1您好，这里是%2服务台。%3。商品使用还满意吗？我们有什么可以做得更好的吗？</translation>
    </message>
    <message>
        <source>Good morning, %1. This is the service desk of %2. Happy birthday from all of us! We wish you a wonderful year.</source>
        <translation>%1早上好，这里是%2服务台。全体员工祝您生日快乐！祝您新的一岁一切美好。</translation>
    </message>
    <message>
        <source>Hello, %1. This is the service desk of %2. You returned goods to us recently. Was the return handled well? Is there anything we should know about the goods?</source>
        <translation>%1您好，这里是%2服务台。您最近办理了退货，退货手续办得顺利吗？关于商品还有什么需要告诉我们的吗？</translation>
    </message>
    <message>
        <source>Hello, %1. This is the service desk of %2. Your membership has %3 points, enough for a gift. You can exchange them at the service desk whenever you visit.</source>
        <translation>%1您好，这里是%2服务台。您的会员积分已有 %3 分，可以兑换礼品。欢迎您来店时到服务台兑换。</translation>
    </message>
    <message>
        <source>Hello, %1. This is the service desk of %2. We have not seen you for a while and wanted to ask how you are. The new season&apos;s goods have arrived; we would be glad to welcome you again.</source>
        <translation>%1您好，这里是%2服务台。好久没见到您了，特地问候一下。新一季的商品已经到店，期待您再次光临。</translation>
    </message>
    <message>
        <source>Then ask how satisfied the member is with the store (1 to 5) and note any suggestion.</source>
        <translation>然后询问会员对本店的满意度（1 至 5），并记下建议。</translation>
    </message>
</context>
<context>
    <name>GreetingService</name>
    <message>
        <source>Give a date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期。</translation>
    </message>
    <message>
        <source>%1 is not an occasion for a message; the occasions are: %2.</source>
        <translation>%1 不是可发送短信的场合；可用的场合有：%2。</translation>
    </message>
    <message>
        <source>The messages of %1 cannot go out before their day.</source>
        <translation>%1 的短信不能在当天之前发出。</translation>
    </message>
</context>
<context>
    <name>GreetingText</name>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Points reminder</source>
        <translation>积分提醒</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>短信内容为空。</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 fit in a text message.</source>
        <translation>短信有 %1 个字符；一条短信最多 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 is not a placeholder; use {name}, {store} and, in a points reminder, {points}.</source>
        <translation>%1 不是占位符；请使用 {name}、{store}，积分提醒中还可用 {points}。</translation>
    </message>
    <message>
        <source>A greeting does not mention points: {points} belongs in a points reminder.</source>
        <translation>节日问候不提积分：{points} 只用于积分提醒。</translation>
    </message>
    <message>
        <source>A greeting must not advertise; remove: %1.</source>
        <translation>节日问候不得含广告内容；请删除：%1。</translation>
    </message>
</context>
<context>
    <name>ItemEntryMessages</name>
    <message>
        <source>&quot;%1&quot; has no quantity a till can take: type a whole number from 1 to %2, as 3* before the item or BARCODE*3 after it.</source>
        <translation>&quot;%1&quot; 中的数量无效：数量须为 1 至 %2 的整数，扫码前输入 3*，或输入 条码*3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: more than %2 of an item is not taken in one entry; check the quantity.</source>
        <translation>&quot;%1&quot;：一次录入不能超过 %2 件，请核对数量。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode: scan the item, with 3* before it or BARCODE*3 after it for a quantity.</source>
        <translation>&quot;%1&quot; 不是条码：请扫描商品；要录数量，扫码前输入 3*，或输入 条码*3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sets the quantity of the next item, but no item follows it.</source>
        <translation>&quot;%1&quot; 设定了下一件商品的数量，但后面没有商品。</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Joining (办卡)</source>
        <translation>办卡</translation>
    </message>
    <message>
        <source>Joining with today&apos;s receipts</source>
        <translation>凭当天小票办理会员卡</translation>
    </message>
    <message>
        <source>Today&apos;s receipts</source>
        <translation>当天小票</translation>
    </message>
    <message>
        <source>Scan a receipt&apos;s barcode, Enter adds it</source>
        <translation>扫描小票条码，按 Enter 添加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (filled in from the ID number)</source>
        <translation>YYYY-MM-DD（根据身份证号自动填写）</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Main category bought</source>
        <translation>主要购买品类</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Stock card number</source>
        <translation>库存卡卡号</translation>
    </message>
    <message>
        <source>Swipe the magnetic card from the stock</source>
        <translation>请刷一张库存磁条卡</translation>
    </message>
    <message>
        <source>Tab: next field · Enter on a receipt: add it · F8: remove the last receipt · F10: join · Esc: cancel</source>
        <translation>Tab：下一项 · 在小票栏按 Enter：添加 · F8：删除最后一张小票 · F10：办卡 · Esc：取消</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>This program was started without the store&apos;s key file.</source>
        <translation>本程序启动时未载入门店密钥文件。</translation>
    </message>
    <message>
        <source>The store&apos;s key file %1 cannot be read (%2). Every till needs a copy of it: ask IT.</source>
        <translation>无法读取门店密钥文件 %1（%2）。每台收银机都需要一份副本：请联系 IT。</translation>
    </message>
    <message>
        <source>The store&apos;s key file %1 is damaged (%2 is missing or not a key). Restore it from the store&apos;s safe copy: cards and records cannot be checked without it.</source>
        <translation>门店密钥文件 %1 已损坏（%2 缺失或不是有效密钥）。请从门店保管的副本恢复：没有它，会员卡和记录都无法校验。</translation>
    </message>
    <message>
        <source>%1 exists already; keys are never replaced, as cards and records written with them would no longer check.</source>
        <translation>%1 已存在；密钥不会被替换，否则用它写入的会员卡和记录将无法校验。</translation>
    </message>
    <message>
        <source>No source of random keys is available.</source>
        <translation>没有可用的随机密钥来源。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written (%2).</source>
        <translation>无法写入密钥文件 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>VipTill — staff log-in</source>
        <translation>VipTill — 员工登录</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter your staff number and PIN, then press Enter.</source>
        <translation>请输入工号和密码，然后按 Enter。</translation>
    </message>
    <message>
        <source>Your new PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <source>Locked staff number</source>
        <translation>被锁定的工号</translation>
    </message>
    <message>
        <source>Manager number</source>
        <translation>经理工号</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>经理密码</translation>
    </message>
</context>
<context>
    <name>MagneticTrackText</name>
    <message>
        <source>The card could not be read. Swipe again slowly, in one steady movement.</source>
        <translation>未能读取会员卡。请放慢速度、匀速一次刷过。</translation>
    </message>
    <message>
        <source>This is not a VIP card of this store. Ask the customer for their VIP card.</source>
        <translation>这不是本店的 VIP 会员卡。请向顾客索取本店会员卡。</translation>
    </message>
    <message>
        <source>This card&apos;s number fails its check digit: not a card of this store, or a damaged stripe. Swipe again once; if it fails again, type the number printed on the card.</source>
        <translation>卡号校验位不符：不是本店的卡，或磁条已损坏。请再刷一次；如仍失败，请手工输入卡面上印的卡号。</translation>
    </message>
</context>
<context>
    <name>ManagerOfficePage</name>
    <message>
        <source>F1 Help · F2 Redemption · F3 Figures · F4 Catalogue · F5 Settlement · F6 Diamond event · F7 Day close · Shift+F2 Staff · Shift+F3 Settings · Shift+F4 Members import</source>
        <translation>F1 帮助 · F2 积分兑换 · F3 经营数据 · F4 商品目录 · F5 专柜结算 · F6 钻石答谢会 · F7 日结 · Shift+F2 员工 · Shift+F3 设置 · Shift+F4 导入会员</translation>
    </message>
</context>
<context>
    <name>MemberClassService</name>
    <message>
        <source>There is no counter called %1.</source>
        <translation>没有名为 %1 的专柜。</translation>
    </message>
</context>
<context>
    <name>MemberFileDialog</name>
    <message>
        <source>Member file</source>
        <translation>会员档案</translation>
    </message>
    <message>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Hard data</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>New mobile</source>
        <translation>新手机号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Main category</source>
        <translation>主要品类</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Soft data</source>
        <translation>个人偏好</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Tastes</source>
        <translation>品味</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销反应</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>No text messages (opted out)</source>
        <translation>不接收短信（已退订）</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Calls and messages</source>
        <translation>回访与短信</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>短信</translation>
    </message>
</context>
<context>
    <name>MemberFileService</name>
    <message>
        <source>Reading a member&apos;s file</source>
        <translation>查看会员档案</translation>
    </message>
    <message>
        <source>Changing a member&apos;s file</source>
        <translation>修改会员档案</translation>
    </message>
    <message>
        <source>Each note in the file is at most %1 characters.</source>
        <translation>档案中每项备注不超过 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Mobile %1 already belongs to another member.</source>
        <translation>手机号 %1 已属于其他会员。</translation>
    </message>
    <message>
        <source>Only a manager can approve this.</source>
        <translation>只有经理可以批准此操作。</translation>
    </message>
    <message>
        <source>Another manager must approve this, not the one asking for it.</source>
        <translation>须由另一位经理批准，申请人本人不能批准。</translation>
    </message>
    <message>
        <source>Member no. %1 was erased on %2; nothing of the person is kept.</source>
        <translation>会员 %1 已于 %2 注销，个人信息已全部删除。</translation>
    </message>
    <message>
        <source>Exporting a member&apos;s data</source>
        <translation>导出会员个人资料</translation>
    </message>
    <message>
        <source>Erasing a member</source>
        <translation>注销会员</translation>
    </message>
    <message>
        <source>Erased member %1</source>
        <translation>已注销会员 %1</translation>
    </message>
    <message>
        <source>Adjusting points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>An adjustment is between 1 and %1 points, added or taken off.</source>
        <translation>每次调整 1 至 %1 分（增加或扣减）。</translation>
    </message>
    <message>
        <source>Say why the points are adjusted, in at most %1 characters.</source>
        <translation>请填写调整原因，不超过 %1 个字。</translation>
    </message>
    <message>
        <source>Member no. %1 has %2 points; %3 cannot be taken off.</source>
        <translation>会员 %1 只有 %2 积分，不能扣减 %3 分。</translation>
    </message>
</context>
<context>
    <name>MemberImportScreen</name>
    <message>
        <source>Export file of the old system (CSV)</source>
        <translation>旧系统导出的会员文件（CSV）</translation>
    </message>
</context>
<context>
    <name>MemberImportService</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file has no header; its first line must be %1.</source>
        <translation>文件没有表头；第一行须为 %1。</translation>
    </message>
    <message>
        <source>The first line must be the header %1.</source>
        <translation>第一行须为表头 %1。</translation>
    </message>
    <message>
        <source>The line is neither UTF-8 nor GB18030 text.</source>
        <translation>该行既不是 UTF-8 文本也不是 GB18030 文本。</translation>
    </message>
    <message>
        <source>The line breaks the CSV quoting rules (%1).</source>
        <translation>该行不符合 CSV 引号规则（%1）。</translation>
    </message>
    <message>
        <source>A quoted field that begins on this line is never closed.</source>
        <translation>从该行开始的带引号字段缺少结束引号。</translation>
    </message>
    <message>
        <source>A member of the store already has ID number %1: one membership per person.</source>
        <translation>本店已有身份证号为 %1 的会员：每人只能办理一张会员卡。</translation>
    </message>
    <message>
        <source>Mobile %1 already belongs to a member of the store.</source>
        <translation>手机号 %1 已属于本店会员。</translation>
    </message>
    <message>
        <source>Card %1 is already a card of this store.</source>
        <translation>会员卡 %1 已是本店的卡。</translation>
    </message>
    <message>
        <source>The same person (ID number %1) as line %2: one membership per person.</source>
        <translation>与第 %2 行为同一人（身份证号 %1）：每人只能办理一张会员卡。</translation>
    </message>
    <message>
        <source>The same mobile (%1) as line %2.</source>
        <translation>与第 %2 行手机号相同（%1）。</translation>
    </message>
    <message>
        <source>The same card number (%1) as line %2.</source>
        <translation>与第 %2 行卡号相同（%1）。</translation>
    </message>
    <message>
        <source>Members are imported by a manager only; %1 is not a manager.</source>
        <translation>只有经理可以导入会员；%1 不是经理。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n fault(s); nothing was imported. Correct them and import the file again.</source>
        <translation>
            <numerusform>文件中有 %n 处错误；未导入任何会员。请改正后重新导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberImportText</name>
    <message>
        <source>The line has %1 fields; a member&apos;s line has %2 (%3).</source>
        <translation>该行有 %1 个字段；会员行应有 %2 个（%3）。</translation>
    </message>
    <message>
        <source>Card number &quot;%1&quot; must be 4 to 32 letters or digits, and not 13 digits starting 88 (VipTill&apos;s own cards are numbered so).</source>
        <translation>卡号“%1”须为 4 至 32 位字母或数字，且不能是以 88 开头的 13 位数字（本系统自己的卡号为此格式）。</translation>
    </message>
    <message>
        <source>The address must be one line of at most 120 characters.</source>
        <translation>地址须为一行文字，最多 120 个字符。</translation>
    </message>
    <message>
        <source>The name must be one line of text.</source>
        <translation>姓名须为一行文字。</translation>
    </message>
    <message>
        <source>Tier &quot;%1&quot; must be gold or diamond.</source>
        <translation>卡级“%1”须为 gold（黄金卡）或 diamond（钻石卡）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be a whole number of points (at most nine digits).</source>
        <translation>%1“%2”须为整数积分（最多九位数）。</translation>
    </message>
    <message>
        <source>Lifetime points cannot be negative (%1).</source>
        <translation>累计积分不能为负数（%1）。</translation>
    </message>
    <message>
        <source>Joining day &quot;%1&quot; must be a date such as 2015-03-01.</source>
        <translation>入会日期“%1”须为 2015-03-01 这样的日期。</translation>
    </message>
    <message>
        <source>Joining day %1 is after today.</source>
        <translation>入会日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Joining day %1 is before the member&apos;s birthday.</source>
        <translation>入会日期 %1 早于会员的生日。</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>Joining needs the day&apos;s receipts; none were given.</source>
        <translation>办卡需提供当天的小票；未提供任何小票。</translation>
    </message>
    <message>
        <source>A member with ID number %1 already exists; one membership per person.</source>
        <translation>身份证号为 %1 的会员已存在；每人只能入会一次。</translation>
    </message>
    <message>
        <source>Mobile %1 already belongs to a member.</source>
        <translation>手机号 %1 已登记在其他会员名下。</translation>
    </message>
    <message>
        <source>Receipt %1 was given twice.</source>
        <translation>小票 %1 重复提交。</translation>
    </message>
    <message>
        <source>Receipt %1 is from %2; only today&apos;s receipts count for joining.</source>
        <translation>小票 %1 的日期为 %2；办卡只计当天的小票。</translation>
    </message>
    <message>
        <source>Receipt %1 was paid with a member card; its points went to that member.</source>
        <translation>小票 %1 消费时已使用会员卡；积分已计入该会员。</translation>
    </message>
    <message>
        <source>Receipt %1 has already been used to join.</source>
        <translation>小票 %1 已用于办卡。</translation>
    </message>
    <message>
        <source>Receipt %1 has been refunded.</source>
        <translation>小票 %1 已退款。</translation>
    </message>
    <message>
        <source>The receipts add up to %1 yuan; joining needs at least %2 yuan of today&apos;s purchases.</source>
        <translation>小票合计 %1 元；办卡须当天消费满 %2 元。</translation>
    </message>
    <message>
        <source>receipt %1 credited on joining</source>
        <translation>办卡时计入小票 %1</translation>
    </message>
    <message>
        <source>The ID number shown does not match the member&apos;s file; the card cannot be replaced.</source>
        <translation>出示的身份证号与会员档案不符；无法补卡。</translation>
    </message>
    <message>
        <source>%1 is not a card number of this store (13 digits starting 88, with its check digit). Swipe the card again.</source>
        <translation>%1 不是本店的卡号（以 88 开头的 13 位数字，含校验位）。请重新刷卡。</translation>
    </message>
    <message>
        <source>Card %1 has been issued before; take another card from the stock.</source>
        <translation>会员卡 %1 已发放过；请另取一张库存卡。</translation>
    </message>
    <message>
        <source>The member&apos;s first card has not been written yet: write it instead of replacing it.</source>
        <translation>该会员的首张卡尚未写入：请直接写卡，无需补卡。</translation>
    </message>
    <message>
        <source>%1 is a gold member; only diamond members get a diamond card.</source>
        <translation>%1 是黄金卡会员；只有钻石会员才能换发钻石卡。</translation>
    </message>
    <message>
        <source>%1 already holds a diamond card.</source>
        <translation>%1 已持有钻石卡。</translation>
    </message>
    <message>
        <source>This is not a VIP card of this store. Ask the customer for their VIP card.</source>
        <translation>这不是本店的 VIP 会员卡。请向顾客索取本店会员卡。</translation>
    </message>
    <message>
        <source>%1&apos;s membership was cancelled on %2: the receipts it was opened with were returned. The card no longer works; the customer may join again at the service desk with new receipts.</source>
        <translation>%1 的会员资格已于 %2 取消：办卡时所用的小票已退货。此卡已停用；顾客可凭新的购物小票到服务台重新办卡。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>F5 Cash</source>
        <translation>F5 现金</translation>
    </message>
    <message>
        <source>F6 Bank card</source>
        <translation>F6 银行卡</translation>
    </message>
    <message>
        <source>F7 WeChat Pay</source>
        <translation>F7 微信支付</translation>
    </message>
    <message>
        <source>F8 Alipay</source>
        <translation>F8 支付宝</translation>
    </message>
    <message>
        <source>Type the amount received; Enter: pay · Esc: back to the sale</source>
        <translation>输入收到的金额；Enter：收款 · Esc：返回交易</translation>
    </message>
</context>
<context>
    <name>PerkService</name>
    <message>
        <source>Write down the gift handed over (1 to 80 characters).</source>
        <translation>请填写所发放的礼品（1 至 80 个字符）。</translation>
    </message>
    <message>
        <source>%1 is a gold member; the quarterly gift is for diamond members.</source>
        <translation>%1 是黄金卡会员；季度礼品仅限钻石会员。</translation>
    </message>
    <message>
        <source>%1 already had the gift of quarter %2 on %3 (%4).</source>
        <translation>%1 已于 %3 领取第 %2 季度礼品（%4）。</translation>
    </message>
</context>
<context>
    <name>PointsAdjustDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>Points (− to take off)</source>
        <translation>积分（负数为扣减）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Enter: on to the manager&apos;s approval · Esc: cancel</source>
        <translation>Enter：提交经理批准 · Esc：取消</translation>
    </message>
</context>
<context>
    <name>PrinterText</name>
    <message>
        <source>The receipt printer %1 cannot be opened (%2). Check that it is switched on and connected, then print the receipt again.</source>
        <translation>无法打开小票打印机 %1（%2）。请检查打印机电源和连接，然后重新打印小票。</translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer %1 (%2). Check the paper and the cable, then print the receipt again.</source>
        <translation>小票未能发送到打印机 %1（%2）。请检查纸张和连接线，然后重新打印小票。</translation>
    </message>
    <message>
        <source>The network receipt printer %1 does not answer (%2). Check that it is switched on and on the network, then print the receipt again.</source>
        <translation>网络小票打印机 %1 无响应（%2）。请检查打印机电源和网络连接，然后重新打印小票。</translation>
    </message>
    <message>
        <source>The receipt was not fully delivered to the network printer %1 (%2). Print the receipt again.</source>
        <translation>小票未能完整发送到网络打印机 %1（%2）。请重新打印小票。</translation>
    </message>
    <message>
        <source>The receipt could not be saved as a PDF to %1. Check that the folder exists and can be written to.</source>
        <translation>小票未能保存为 PDF 到 %1。请检查该文件夹是否存在且可写入。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>VipTill</source>
        <translation>VipTill</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>VipTill Department Store</source>
        <translation>VipTill 百货商场</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Sales receipt</source>
        <translation>销售小票</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>退货小票</translation>
    </message>
    <message>
        <source>*** REPRINT ***</source>
        <translation>*** 重打小票 ***</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <source>Cashier %1</source>
        <translation>收银员 %1</translation>
    </message>
    <message>
        <source>Special price</source>
        <comment>no member discount</comment>
        <translation>特价</translation>
    </message>
    <message>
        <source>List total</source>
        <translation>原价合计</translation>
    </message>
    <message>
        <source>You saved</source>
        <translation>共节省</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Refund total</source>
        <translation>退款合计</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>本次积分</translation>
    </message>
    <message>
        <source>Points reversed</source>
        <translation>扣回积分</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Your points end in 8: show this receipt at the service desk for the lottery.</source>
        <translation>您的积分尾数为 8：凭此小票到服务台参加抽奖。</translation>
    </message>
    <message>
        <source>Happy birthday! Collect your birthday gift at the service desk.</source>
        <translation>生日快乐！请到服务台领取生日礼品。</translation>
    </message>
    <message>
        <source>Congratulations! You are now a %1 member.</source>
        <translation>恭喜！您已升级为%1会员。</translation>
    </message>
    <message>
        <source>With this return the card goes back to %1.</source>
        <translation>因本次退货，会员等级恢复为%1。</translation>
    </message>
    <message>
        <source>Thank you for shopping with us.</source>
        <translation>谢谢惠顾，欢迎再次光临。</translation>
    </message>
    <message>
        <source>Keep this receipt for returns.</source>
        <translation>退换货请凭此小票。</translation>
    </message>
    <message>
        <source>Customer signature:</source>
        <translation>顾客签名：</translation>
    </message>
    <message>
        <source>Welcome to our VIP programme</source>
        <translation>欢迎加入 VIP 会员</translation>
    </message>
    <message>
        <source>Card replacement</source>
        <translation>补卡凭条</translation>
    </message>
    <message>
        <source>Diamond member&apos;s quarterly gift</source>
        <translation>钻石会员季度礼品领取单</translation>
    </message>
    <message>
        <source>Card No.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Old card</source>
        <translation>原卡</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>新卡</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>lost (blocked at once)</source>
        <translation>遗失（已立即挂失）</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>demagnetised</source>
        <translation>消磁</translation>
    </message>
    <message>
        <source>diamond card swap</source>
        <translation>换发钻石卡</translation>
    </message>
    <message>
        <source>Receipts credited</source>
        <translation>计入积分的小票</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Your tier, points and history carry over to the new card; the old card no longer works.</source>
        <translation>会员等级、积分和消费记录均已转入新卡；原卡已停用。</translation>
    </message>
    <message>
        <source>The card is personal: please do not lend it. Show it before paying for your member price and points.</source>
        <translation>会员卡仅限本人使用，不得借与他人。结账前出示会员卡可享会员价并累积积分。</translation>
    </message>
    <message>
        <source>%1, quarter %2</source>
        <translation>%1 年第 %2 季度</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Points redemption (积分兑换)</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Member&apos;s copy</source>
        <translation>会员联</translation>
    </message>
    <message>
        <source>Counter&apos;s copy, for settlement</source>
        <translation>专柜联（结算用）</translation>
    </message>
    <message>
        <source>Redemption cancelled</source>
        <translation>积分兑换已撤销</translation>
    </message>
    <message>
        <source>Redemption No.</source>
        <translation>兑换单号</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>专柜</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>使用积分</translation>
    </message>
    <message>
        <source>Points returned</source>
        <translation>退回积分</translation>
    </message>
    <message>
        <source>Cap %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>Handed over by %1</source>
        <translation>经办人 %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>授权人 %1</translation>
    </message>
    <message>
        <source>The mall pays the counter this gift at its list price.</source>
        <translation>本礼品由商场按标价与专柜结算。</translation>
    </message>
    <message>
        <source>Counter staff signature:</source>
        <translation>专柜人员签名：</translation>
    </message>
    <message>
        <source>The counter&apos;s copy of this redemption is void.</source>
        <translation>本次兑换的专柜联作废。</translation>
    </message>
    <message>
        <source>Thank you for being our member.</source>
        <translation>感谢您成为我们的会员。</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>Practice only: not a real receipt.</source>
        <translation>仅供练习，非正式小票。</translation>
    </message>
    <message>
        <source>Joining gift (办卡有礼): %1. Collect it at the service desk.</source>
        <translation>办卡有礼：%1，请到服务台领取。</translation>
    </message>
    <message>
        <source>With this return the receipts the membership was opened with no longer reach the joining amount: the membership is cancelled and the card no longer works. You are welcome to join again with new receipts.</source>
        <translation>本次退货后，办卡小票金额已不足办卡标准：会员资格已取消，会员卡停止使用。欢迎您凭新的购物小票重新办卡。</translation>
    </message>
    <message>
        <source>Counter %1 zhe</source>
        <comment>the counter&apos;s own promotion in tenths, 全柜 8折</comment>
        <translation>全柜 %1折</translation>
    </message>
    <message>
        <source>Member %1 zhe</source>
        <comment>the member discount in tenths, 会员 8.8折</comment>
        <translation>会员 %1折</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Diamond</source>
        <comment>VIP钻石卡</comment>
        <translation>钻石卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <comment>尊贵VIP黄金卡</comment>
        <translation>黄金卡</translation>
    </message>
</context>
<context>
    <name>RedemptionScreen</name>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Tap the card, or type the mobile, a space and the last four of the ID number</source>
        <translation>贴卡，或输入手机号、空格和身份证号后四位</translation>
    </message>
    <message>
        <source>Points to spend</source>
        <translation>使用积分</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Type part of the name, counter or barcode</source>
        <translation>输入名称、专柜或条码的一部分</translation>
    </message>
</context>
<context>
    <name>RedemptionService</name>
    <message>
        <source>Give the last four characters of the member&apos;s ID number.</source>
        <translation>请输入会员身份证号的后四位。</translation>
    </message>
    <message>
        <source>mobile %1 with ID number ending %2</source>
        <translation>手机号 %1、身份证号后四位 %2</translation>
    </message>
    <message>
        <source>There is no redemption number %1.</source>
        <translation>没有编号为 %1 的积分兑换。</translation>
    </message>
    <message>
        <source>Redemption %1 was already cancelled at %2.</source>
        <translation>积分兑换 %1 已于 %2 撤销。</translation>
    </message>
    <message>
        <source>Redemption %1 was made on %2; only a redemption of today can be cancelled.</source>
        <translation>积分兑换 %1 发生于 %2；只能撤销当天的兑换。</translation>
    </message>
    <message>
        <source>Points are spent in steps of %1, at least %2; %3 is not such a step.</source>
        <translation>积分须按每档 %1 分使用，最少 %2 分；%3 不是有效档位。</translation>
    </message>
</context>
<context>
    <name>RedemptionText</name>
    <message>
        <source>The balance is %1 points; redemption waits until it is positive again.</source>
        <translation>积分余额为 %1；余额恢复为正数后才能兑换。</translation>
    </message>
    <message>
        <source>Redeeming %1 points needs that many; the balance is %2.</source>
        <translation>兑换需要 %1 积分，当前余额为 %2。</translation>
    </message>
    <message>
        <source>Item %1 is special-price goods and cannot be a redemption gift.</source>
        <translation>商品 %1 为特价商品，不能作为积分兑换礼品。</translation>
    </message>
    <message>
        <source>Item %1 lists at %2 yuan, over the %3 yuan that %4 points allow.</source>
        <translation>商品 %1 标价 %2 元，超过 %4 积分可兑换的 %3 元。</translation>
    </message>
    <message>
        <source>Item %1 is no longer on sale and cannot be a gift.</source>
        <translation>商品 %1 已停售，不能作为礼品。</translation>
    </message>
    <message>
        <source>Points are spent in steps of %1, at least %2; %3 is not such a step.</source>
        <translation>积分须按每档 %1 分使用，最少 %2 分；%3 不是有效档位。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Figures %1</source>
        <translation>经营数据 %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Sales (less refunds)</source>
        <translation>销售额（扣除退款）</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>小票数</translation>
    </message>
    <message>
        <source>Tickets before refunds</source>
        <translation>退款前小票金额</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货笔数</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>VIP sales</source>
        <translation>会员销售额</translation>
    </message>
    <message>
        <source>VIP share</source>
        <translation>会员销售占比</translation>
    </message>
    <message>
        <source>Average ticket (客单价)</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Items per ticket (连带率)</source>
        <translation>连带率</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Members who bought</source>
        <translation>消费会员数</translation>
    </message>
    <message>
        <source>Spend per member</source>
        <translation>会员人均消费</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Points reversed by returns</source>
        <translation>退货扣回积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Points outstanding at the end</source>
        <translation>期末未兑换积分</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>兑换笔数</translation>
    </message>
    <message>
        <source>Redemption cost (list price)</source>
        <translation>兑换成本（标价）</translation>
    </message>
    <message>
        <source>VIP spend %1</source>
        <translation>会员消费 %1</translation>
    </message>
    <message>
        <source>VIP spend the same days last year</source>
        <translation>去年同期会员消费</translation>
    </message>
    <message>
        <source>VIP spend growth</source>
        <translation>会员消费增长</translation>
    </message>
    <message>
        <source>Gold member sales</source>
        <translation>黄金卡会员销售额</translation>
    </message>
    <message>
        <source>Diamond member sales</source>
        <translation>钻石卡会员销售额</translation>
    </message>
    <message>
        <source>Sales by counter</source>
        <translation>各专柜销售额</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>专柜</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Redemption cost</source>
        <translation>兑换成本</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Sales by hour</source>
        <translation>分时销售</translation>
    </message>
    <message>
        <source>Tickets by the hour they were rung up, before refunds.</source>
        <translation>按收银时间统计的小票（退款前）。</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>消费排行</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费额</translation>
    </message>
    <message>
        <source>Points outstanding by day</source>
        <translation>每日未兑换积分</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>未兑换积分</translation>
    </message>
    <message>
        <source>Counter settlement %1</source>
        <translation>专柜结算 %1</translation>
    </message>
    <message>
        <source>Gifts handed over for points, paid to the counters by the mall at list price. Cancelled redemptions are not included.</source>
        <translation>以积分兑换发放的礼品，由商场按标价与专柜结算。已撤销的兑换不计入。</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>礼品数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Settlement %1 · %2</source>
        <translation>结算 %1 · %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>兑换单</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Diamond thank-you event %1: invitations</source>
        <translation>%1 年钻石会员答谢会：邀请名单</translation>
    </message>
    <message>
        <source>Diamond members and their spend %1. For the store&apos;s own use only.</source>
        <translation>钻石会员及其 %1 的消费。仅供本店内部使用。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Day close (日结) %1</source>
        <translation>日结 %1</translation>
    </message>
    <message>
        <source>Closed at %1 by %2.</source>
        <translation>%1 由 %2 日结。</translation>
    </message>
    <message>
        <source>Tenders %1</source>
        <translation>收款方式 %1</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportPdfText</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>The report could not be saved as a PDF to %1. Check that the folder exists and can be written to.</source>
        <translation>报表未能保存为 PDF 到 %1。请检查该文件夹是否存在且可写入。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>&quot;%1&quot; is not a month of the form YYYY-MM.</source>
        <translation>&quot;%1&quot; 不是 YYYY-MM 格式的月份。</translation>
    </message>
    <message>
        <source>A range of days starts on or before its end.</source>
        <translation>日期范围的开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>A range is at most %1 days; this one has %2.</source>
        <translation>日期范围最多 %1 天；此范围为 %2 天。</translation>
    </message>
    <message>
        <source>There is no counter named %1.</source>
        <translation>没有名为 %1 的专柜。</translation>
    </message>
    <message>
        <source>The thank-you event is for a year from 2000 to %1, not %2.</source>
        <translation>答谢会年份须在 2000 至 %1 之间，不能是 %2。</translation>
    </message>
</context>
<context>
    <name>ReturnService</name>
    <message>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>小票 %1 上的商品已全部退货。</translation>
    </message>
    <message>
        <source>Item %1 is not on receipt %2.</source>
        <translation>商品 %1 不在小票 %2 上。</translation>
    </message>
    <message>
        <source>Only %1 of item %2 can still be returned from receipt %3.</source>
        <translation>小票 %3 中的商品 %2 只能再退 %1 件。</translation>
    </message>
    <message numerus="yes">
        <source>Receipt %1 is from %2: goods come back within %n day(s) of the sale.</source>
        <translation>
            <numerusform>小票 %1 的购物日期为 %2：商品须在购物后 %n 天内退货。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaleService</name>
    <message>
        <source>The sale has no items.</source>
        <translation>本笔销售没有商品。</translation>
    </message>
    <message>
        <source>Item %1 (%2) has been withdrawn from sale.</source>
        <translation>商品 %1（%2）已停售。</translation>
    </message>
</context>
<context>
    <name>ServiceDeskPage</name>
    <message>
        <source>Tap or swipe the card, or type a card number, mobile, ID number or name, then Enter</source>
        <translation>贴卡或刷卡，或输入卡号、手机号、身份证号、姓名，然后按 Enter</translation>
    </message>
    <message>
        <source>Member file</source>
        <translation>会员档案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender, age</source>
        <translation>性别、年龄</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
</context>
<context>
    <name>SettingText</name>
    <message>
        <source>%1 is a rate from %2 to %3, such as 0.88, not &quot;%4&quot;.</source>
        <translation>%1 须为 %2 至 %3 之间的折扣率（如 0.88），不能是“%4”。</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 须为 %2 至 %3 之间的整数，不能是“%4”。</translation>
    </message>
    <message>
        <source>%1 takes a number of days from %2 to %3, or none, not &quot;%4&quot;.</source>
        <translation>%1 须为 %2 至 %3 天，或 none（不限），不能是“%4”。</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 characters of plain text.</source>
        <translation>%1 须为 %2 至 %3 个字符的普通文字。</translation>
    </message>
    <message>
        <source>A telephone number has digits, spaces and + - ( ) only, not &quot;%1&quot;.</source>
        <translation>电话号码只能包含数字、空格和 + - ( )，不能是“%1”。</translation>
    </message>
    <message>
        <source>The SMS signature is the store&apos;s name, without sales words.</source>
        <translation>短信签名须为本店店名，不能含促销用语。</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Store telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Gold card rate</source>
        <translation>黄金卡折扣</translation>
    </message>
    <message>
        <source>Diamond card rate</source>
        <translation>钻石卡折扣</translation>
    </message>
    <message>
        <source>Lifetime points for diamond</source>
        <translation>升级钻石卡所需累计积分</translation>
    </message>
    <message>
        <source>Receipts for a gold card</source>
        <translation>办黄金卡所需当日消费</translation>
    </message>
    <message>
        <source>Receipts for a diamond card</source>
        <translation>办钻石卡所需当日消费</translation>
    </message>
    <message>
        <source>Joining gift (on the joining slip)</source>
        <translation>办卡礼品（印在办卡单上）</translation>
    </message>
    <message>
        <source>Paid for one point</source>
        <translation>每 1 积分所需消费</translation>
    </message>
    <message>
        <source>Base points for the bonus</source>
        <translation>奖励积分起点（基础积分）</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>奖励积分</translation>
    </message>
    <message>
        <source>Fewest points redeemed</source>
        <translation>最低兑换积分</translation>
    </message>
    <message>
        <source>Points step of redemption</source>
        <translation>兑换积分档差</translation>
    </message>
    <message>
        <source>Gift price for the fewest points</source>
        <translation>最低积分可兑礼品价</translation>
    </message>
    <message>
        <source>Gift price added by each step</source>
        <translation>每档增加的礼品价</translation>
    </message>
    <message>
        <source>Days a receipt may come back</source>
        <translation>可退货天数</translation>
    </message>
    <message>
        <source>Days without a purchase before a card lapses</source>
        <translation>无消费多少天后卡失效</translation>
    </message>
    <message>
        <source>Days without a purchase before dormant</source>
        <translation>无消费多少天后视为沉睡会员</translation>
    </message>
    <message>
        <source>Days ahead on the lapsing list</source>
        <translation>即将失效名单提前天数</translation>
    </message>
    <message>
        <source>Follow-up calls per member a year</source>
        <translation>每位会员每年回访次数上限</translation>
    </message>
    <message>
        <source>Purchase that earns a product-use call</source>
        <translation>触发使用回访的最低消费</translation>
    </message>
    <message>
        <source>Points worth a reminder</source>
        <translation>提醒兑换的积分起点</translation>
    </message>
    <message>
        <source>Days without redeeming before a reminder</source>
        <translation>多少天未兑换后提醒</translation>
    </message>
    <message>
        <source>Class A: last visit within days</source>
        <translation>A 类：最近到店天数以内</translation>
    </message>
    <message>
        <source>Class A: visits a year</source>
        <translation>A 类：每年到店次数</translation>
    </message>
    <message>
        <source>Class A: spend a year</source>
        <translation>A 类：每年消费额</translation>
    </message>
    <message>
        <source>Class B: last visit within days</source>
        <translation>B 类：最近到店天数以内</translation>
    </message>
    <message>
        <source>Class B: visits a year</source>
        <translation>B 类：每年到店次数</translation>
    </message>
    <message>
        <source>Class B: spend a year</source>
        <translation>B 类：每年消费额</translation>
    </message>
    <message>
        <source>Text message signature</source>
        <translation>短信签名</translation>
    </message>
    <message>
        <source>The store</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Member rates and tiers</source>
        <translation>会员折扣与等级</translation>
    </message>
    <message>
        <source>Joining (办卡)</source>
        <translation>办卡</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Redemption (积分兑换)</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>客户维护</translation>
    </message>
    <message>
        <source>no discount</source>
        <translation>不打折</translation>
    </message>
    <message>
        <source>%1 (%2折)</source>
        <translation>%1（%2折）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Change the chosen setting</source>
        <translation>修改选中的设置</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>From (empty: today)</source>
        <translation>生效日期（空：今天）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Last day (empty: standing)</source>
        <translation>截止日期（空：长期）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Points rules and counter promotions</source>
        <translation>积分规则和专柜促销</translation>
    </message>
    <message>
        <source>Points multiplier rules (双倍积分)</source>
        <translation>积分倍数规则（双倍积分）</translation>
    </message>
    <message>
        <source>Counter promotions running now or later (set in the catalogue, F4)</source>
        <translation>正在进行和即将开始的专柜促销（在商品目录 F4 中设置）</translation>
    </message>
    <message>
        <source>Every setting</source>
        <translation>全部设置</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Only a manager may %1.</source>
        <translation>只有经理才能%1。</translation>
    </message>
    <message>
        <source>change the programme&apos;s settings</source>
        <translation>修改会员计划设置</translation>
    </message>
    <message>
        <source>%1 is not a setting of the store.</source>
        <translation>%1 不是本店的设置项。</translation>
    </message>
    <message>
        <source>A setting changes from today or a later day, never backwards; %1 is gone.</source>
        <translation>设置只能从今天或以后的日期生效，不能倒签；%1 已经过去。</translation>
    </message>
    <message>
        <source>The last day (%1) comes before the first (%2).</source>
        <translation>结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>A note is at most 40 characters of plain text.</source>
        <translation>备注最多 40 个字符的普通文字。</translation>
    </message>
    <message>
        <source>A diamond card cannot take less than a gold card (¥%1 &lt; ¥%2).</source>
        <translation>办钻石卡的门槛不能低于黄金卡（¥%1 &lt; ¥%2）。</translation>
    </message>
    <message>
        <source>A change stops from today or a later day, never backwards; %1 is gone.</source>
        <translation>设置变更只能从今天或以后的日期停止，不能倒签；%1 已经过去。</translation>
    </message>
    <message>
        <source>There is no setting change %1.</source>
        <translation>没有编号为 %1 的设置变更。</translation>
    </message>
    <message>
        <source>Change %1 ends on %2 already.</source>
        <translation>变更 %1 已于 %2 结束。</translation>
    </message>
</context>
<context>
    <name>SettlementScreen</name>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>Counter (empty: all)</source>
        <translation>专柜（空：全部）</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>The chosen staff member, or a new one</source>
        <translation>选中的员工，或新员工</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>PIN (new or reset)</source>
        <translation>密码（新员工或重置）</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>A staff number is 3 to 8 digits.</source>
        <translation>工号为 3 至 8 位数字。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>密码为 4 至 8 位数字。</translation>
    </message>
    <message>
        <source>the PIN could not be protected</source>
        <translation>密码无法加密保存</translation>
    </message>
    <message>
        <source>Staff number %1 is taken.</source>
        <translation>工号 %1 已被使用。</translation>
    </message>
    <message>
        <source>Staff number %1 is not known.</source>
        <translation>工号 %1 不存在。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: staff number %1 is locked until %2. Ask a manager.</source>
        <translation>密码错误次数过多：工号 %1 已锁定至 %2。请联系经理。</translation>
    </message>
    <message>
        <source>Wrong PIN for staff number %1.</source>
        <translation>工号 %1 的密码错误。</translation>
    </message>
    <message>
        <source>Staff number %1 is not a manager and cannot approve this.</source>
        <translation>工号 %1 不是经理，无权授权此操作。</translation>
    </message>
    <message>
        <source>Staff number %1 has left the store and can no longer log in.</source>
        <translation>工号 %1 已离职，不能再登录。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name (1 to 40 characters).</source>
        <translation>请输入员工姓名（1 至 40 个字符）。</translation>
    </message>
    <message>
        <source>Only a manager may add staff.</source>
        <translation>只有经理才能添加员工。</translation>
    </message>
    <message>
        <source>The store has staff: a manager adds the next one.</source>
        <translation>本店已有员工：新员工须由经理添加。</translation>
    </message>
    <message>
        <source>The store&apos;s first member of staff is its manager: everyone else is added by a manager.</source>
        <translation>本店的第一位员工必须是经理，其他员工由经理添加。</translation>
    </message>
    <message>
        <source>Only a manager may change staff.</source>
        <translation>只有经理才能修改员工信息。</translation>
    </message>
    <message>
        <source>%1 is the store&apos;s last manager: make someone else a manager first.</source>
        <translation>%1 是本店最后一位经理：请先任命另一位经理。</translation>
    </message>
    <message>
        <source>%1 is the store&apos;s last manager and cannot be disabled.</source>
        <translation>%1 是本店最后一位经理，不能停用。</translation>
    </message>
    <message>
        <source>Choose a PIN other than the one given to you.</source>
        <translation>请设置一个与经理给您的不同的新密码。</translation>
    </message>
    <message>
        <source>Staff number %1 is not a manager and cannot unlock anyone.</source>
        <translation>工号 %1 不是经理，不能解锁。</translation>
    </message>
</context>
<context>
    <name>StaffText</name>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>StoreMode</name>
    <message>
        <source>This store already has sales, members or staff: it is a live store and cannot become a training store. Make the training store in an empty database.</source>
        <translation>此门店已有销售、会员或员工：它是正式门店，不能改为培训门店。请在空数据库中创建培训门店。</translation>
    </message>
</context>
<context>
    <name>StoreSetup</name>
    <message>
        <source>first run</source>
        <translation>开店设置</translation>
    </message>
</context>
<context>
    <name>TenderText</name>
    <message>
        <source>Each payment must be a positive amount.</source>
        <translation>每笔付款金额须大于零。</translation>
    </message>
    <message>
        <source>Card and mobile payments (%1 yuan) exceed the total of %2 yuan.</source>
        <translation>银行卡和移动支付金额（%1 元）超过应付总额 %2 元。</translation>
    </message>
    <message>
        <source>%1 yuan is still to pay.</source>
        <translation>还需支付 %1 元。</translation>
    </message>
</context>
<context>
    <name>viptill::ApprovalDialog</name>
    <message>
        <source>A manager must approve: %1</source>
        <translation>需要经理授权：%1</translation>
    </message>
</context>
<context>
    <name>viptill::CallDialog</name>
    <message>
        <source>%1 · %2 call</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1 · very unhappy</source>
        <translation>1 · 很不满意</translation>
    </message>
    <message>
        <source>2 · unhappy</source>
        <translation>2 · 不满意</translation>
    </message>
    <message>
        <source>3 · fair</source>
        <translation>3 · 一般</translation>
    </message>
    <message>
        <source>4 · happy</source>
        <translation>4 · 满意</translation>
    </message>
    <message>
        <source>5 · very happy</source>
        <translation>5 · 非常满意</translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
</context>
<context>
    <name>viptill::CallListModel</name>
    <message>
        <source>To call</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>%1 · %2/5</source>
        <translation>%1 · %2/5</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>服务员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>viptill::CardReader</name>
    <message>
        <source>This card reader cannot write cards. Use the service desk&apos;s NFC reader.</source>
        <translation>此读卡器不能写卡。请使用服务台的 NFC 读卡器。</translation>
    </message>
</context>
<context>
    <name>viptill::CardWriteDialog</name>
    <message>
        <source>Write the member card</source>
        <translation>写入会员卡</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>会员卡 %1</translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation>读卡器：%1</translation>
    </message>
    <message>
        <source>Enter: write · Esc: later (the card waits to be written)</source>
        <translation>Enter：写卡 · Esc：稍后（卡片保留待写入）</translation>
    </message>
    <message>
        <source>Hold a blank card on the reader, then press Enter. Keep it there until this says it is done.</source>
        <translation>请将空白卡放在读卡器上，然后按 Enter。在提示完成前不要移开卡片。</translation>
    </message>
    <message>
        <source>Writing… keep the card on the reader.</source>
        <translation>正在写卡……请勿移开卡片。</translation>
    </message>
    <message>
        <source>Card %1 is written and active. Hand it to the member.</source>
        <translation>会员卡 %1 已写入并激活。请交给会员。</translation>
    </message>
    <message>
        <source>The card is not issued. Press Enter to write it again.</source>
        <translation>卡片未发放。请按 Enter 重新写卡。</translation>
    </message>
</context>
<context>
    <name>viptill::CareMemberModel</name>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Lapses on</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Visits (year)</source>
        <translation>到店次数（年）</translation>
    </message>
    <message>
        <source>Spend ¥ (year)</source>
        <translation>消费 ¥（年）</translation>
    </message>
</context>
<context>
    <name>viptill::CatalogueScreen</name>
    <message>
        <source>Catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>Barcode, Enter · new price, Enter: change it (manager PIN) · F11 Special price on/off · PgUp/PgDn Sections</source>
        <translation>条码，Enter · 新价格，Enter：调价（经理授权） · F11 特价开/关 · PgUp/PgDn 切换栏目</translation>
    </message>
    <message>
        <source>File, Enter: what would change (nothing is changed) · F9 Import it (manager PIN) · PgUp/PgDn Sections</source>
        <translation>文件，Enter：预览变更（不做修改） · F9 导入（经理授权） · PgUp/PgDn 切换栏目</translation>
    </message>
    <message>
        <source>Counter, rate, from, to, Enter: promotion (manager PIN) · F8 Clear it · F11 Counter special price · F12 Not special · PgUp/PgDn Sections</source>
        <translation>专柜、折扣率、开始、结束，Enter：设置促销（经理授权） · F8 取消促销 · F11 专柜设为特价 · F12 取消特价 · PgUp/PgDn 切换栏目</translation>
    </message>
    <message>
        <source>Price of an item · import a file · counters</source>
        <translation>商品价格 · 导入文件 · 专柜</translation>
    </message>
    <message>
        <source>Next field; on the last, make the change (manager PIN)</source>
        <translation>下一项；在最后一项时执行修改（经理授权）</translation>
    </message>
    <message>
        <source>Item or counter: special price (no member discount) on</source>
        <translation>商品或专柜：设为特价（无会员折扣）</translation>
    </message>
    <message>
        <source>Counter: special price off</source>
        <translation>专柜：取消特价</translation>
    </message>
    <message>
        <source>Counter: clear its promotion</source>
        <translation>专柜：取消促销</translation>
    </message>
    <message>
        <source>Import the file the dry run showed</source>
        <translation>导入预览过的文件</translation>
    </message>
    <message>
        <source>%1 · %2 · ¥%3 · %4</source>
        <translation>%1 · %2 · ¥%3 · %4</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Special price</source>
        <translation>特价</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Type the new list price and press Enter; F11 turns special price on or off.</source>
        <translation>输入新标价并按 Enter；F11 切换特价。</translation>
    </message>
    <message>
        <source>list price of %1 from ¥%2 to ¥%3</source>
        <translation>将 %1 的标价从 ¥%2 改为 ¥%3</translation>
    </message>
    <message>
        <source>The price is already ¥%1; nothing changed.</source>
        <translation>价格已是 ¥%1；未做修改。</translation>
    </message>
    <message>
        <source>%1 now lists at ¥%2 (was ¥%3), changed by %4.</source>
        <translation>%1 现标价 ¥%2（原为 ¥%3），由 %4 修改。</translation>
    </message>
    <message>
        <source>Scan or type the item&apos;s barcode first.</source>
        <translation>请先扫描或输入商品条码。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>专柜</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>special</source>
        <translation>特价</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>counter %1 → %2</source>
        <translation>专柜 %1 → %2</translation>
    </message>
    <message>
        <source>back on sale</source>
        <translation>重新上架</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1 new, %2 changed, %3 as they are. F9 imports it.</source>
        <translation>预览，未做修改：新增 %1 件，变更 %2 件，%3 件不变。按 F9 导入。</translation>
    </message>
    <message>
        <source>Look at the dry run first: type the file and press Enter.</source>
        <translation>请先预览：输入文件名并按 Enter。</translation>
    </message>
    <message>
        <source>import %1: %2 new, %3 changed</source>
        <translation>导入 %1：新增 %2 件，变更 %3 件</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 as they were.</source>
        <translation>已导入 %1：新增 %2 件，变更 %3 件，%4 件不变。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>折扣率</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>设置时间</translation>
    </message>
    <message>
        <source>now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>until cleared</source>
        <translation>直到取消</translation>
    </message>
    <message>
        <source>promotion %1 at %2 from %3 to %4</source>
        <translation>%1 促销 %2，%3 至 %4</translation>
    </message>
    <message>
        <source>%1 runs its promotion at %2.</source>
        <translation>%1 的促销折扣率为 %2。</translation>
    </message>
    <message>
        <source>clear the promotions of %1</source>
        <translation>取消 %1 的促销</translation>
    </message>
    <message>
        <source>%1 has no promotion now.</source>
        <translation>%1 现在没有促销。</translation>
    </message>
    <message>
        <source>every item of %1 to %2</source>
        <translation>%1 的全部商品设为 %2</translation>
    </message>
    <message>
        <source>%1: %2 items changed to %3.</source>
        <translation>%1：%2 件商品已改为 %3。</translation>
    </message>
</context>
<context>
    <name>viptill::CheckoutPage</name>
    <message>
        <source>Ready for the next customer.</source>
        <translation>请接待下一位顾客。</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>手机 %1</translation>
    </message>
    <message>
        <source>Diamond card (VIP钻石卡)</source>
        <translation>VIP钻石卡</translation>
    </message>
    <message>
        <source>Gold card (尊贵VIP黄金卡)</source>
        <translation>尊贵VIP黄金卡</translation>
    </message>
    <message>
        <source>Points %1</source>
        <translation>积分 %1</translation>
    </message>
    <message>
        <source>Birthday today: a birthday gift goes with this sale.</source>
        <translation>今天是会员生日：本次消费赠送生日礼品。</translation>
    </message>
    <message>
        <source>Diamond member with a gold card: send to the service desk to swap it.</source>
        <translation>钻石会员仍持黄金卡：请会员到服务台换卡。</translation>
    </message>
    <message>
        <source>Negative points balance after a return.</source>
        <translation>因退货，积分余额为负数。</translation>
    </message>
    <message>
        <source>No member card</source>
        <translation>未刷会员卡</translation>
    </message>
    <message>
        <source>F2 or swipe / tap the card</source>
        <translation>按 F2，或刷卡 / 贴卡</translation>
    </message>
    <message>
        <source>List ¥%1</source>
        <translation>原价 ¥%1</translation>
    </message>
    <message>
        <source>Saved ¥%1</source>
        <translation>节省 ¥%1</translation>
    </message>
    <message>
        <source>Points +%1</source>
        <translation>积分 +%1</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Next item ×%1: scan it.</source>
        <translation>下一件商品 ×%1：请扫描。</translation>
    </message>
    <message>
        <source>%1 ×%2  ¥%3</source>
        <translation>%1 ×%2  ¥%3</translation>
    </message>
    <message>
        <source>Member %1: check the card holder against the masked mobile.</source>
        <translation>会员 %1：请核对持卡人与手机号。</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Card number (when the card cannot be read):</source>
        <translation>卡号（无法读卡时手工输入）：</translation>
    </message>
    <message>
        <source>Sale put on hold (no. %1). F3 brings it back.</source>
        <translation>交易已挂单（第 %1 号）。按 F3 取单。</translation>
    </message>
    <message>
        <source>No sale is on hold at this till.</source>
        <translation>本收银台没有挂单。</translation>
    </message>
    <message>
        <source>Sales on hold</source>
        <translation>挂单</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3 items · ¥%4</source>
        <translation>第 %1 号 · %2 · %3 件 · ¥%4</translation>
    </message>
    <message>
        <source>Sale resumed.</source>
        <translation>已取单。</translation>
    </message>
    <message>
        <source>Choose a line first (Up/Down).</source>
        <translation>请先选择一行商品（↑/↓）。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>New quantity for %1:</source>
        <translation>%1 的新数量：</translation>
    </message>
    <message>
        <source>quantity of %1 to %2</source>
        <translation>将 %1 的数量改为 %2</translation>
    </message>
    <message>
        <source>Quantity changed (approved by %1).</source>
        <translation>数量已修改（授权人 %1）。</translation>
    </message>
    <message>
        <source>void the line %1</source>
        <translation>删除商品行 %1</translation>
    </message>
    <message>
        <source>Line voided (approved by %1).</source>
        <translation>商品行已删除（授权人 %1）。</translation>
    </message>
    <message>
        <source>void the whole sale of ¥%1</source>
        <translation>取消整笔交易 ¥%1</translation>
    </message>
    <message>
        <source>Sale voided (approved by %1).</source>
        <translation>整笔交易已取消（授权人 %1）。</translation>
    </message>
    <message>
        <source>Scan the items first.</source>
        <translation>请先扫描商品。</translation>
    </message>
    <message>
        <source>Paid. Change ¥%1 · receipt %2</source>
        <translation>收款完成。找零 ¥%1 · 小票 %2</translation>
    </message>
    <message>
        <source>Points +%1, balance %2</source>
        <translation>积分 +%1，余额 %2</translation>
    </message>
    <message>
        <source>Points end in 8: the member may enter the lottery.</source>
        <translation>积分尾数为 8：会员可参加抽奖。</translation>
    </message>
    <message>
        <source>Happy birthday: hand over the birthday gift.</source>
        <translation>会员生日：请赠送生日礼品。</translation>
    </message>
    <message>
        <source>Upgraded to diamond! The service desk swaps the card.</source>
        <translation>已升级为钻石会员！请会员到服务台换卡。</translation>
    </message>
    <message>
        <source>No receipt to reprint yet at this till.</source>
        <translation>本收银台尚无可重打的小票。</translation>
    </message>
    <message>
        <source>reprint receipt %1</source>
        <translation>重打小票 %1</translation>
    </message>
    <message>
        <source>Receipt reprinted (logged).</source>
        <translation>小票已重打（已记录）。</translation>
    </message>
    <message>
        <source>Finish or hold the current sale before a return.</source>
        <translation>请先完成或挂起当前交易，再办理退货。</translation>
    </message>
    <message>
        <source>F1 Help · F2 Member card · F3 Hold/Resume · F4 Quantity · F8 Void line · F9 Void sale · F10 Pay · F11 Reprint · F12 Return · Ctrl+P Last receipt · Esc Cancel · Ctrl+Q Log out</source>
        <translation>F1 帮助 · F2 会员卡 · F3 挂单/取单 · F4 改数量 · F8 删行 · F9 取消交易 · F10 收款 · F11 重打 · F12 退货 · Ctrl+P 上一张小票 · Esc 取消 · Ctrl+Q 退出登录</translation>
    </message>
    <message>
        <source>No receipt printed yet at this till.</source>
        <translation>本收银台尚未打印小票。</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>上一张小票</translation>
    </message>
    <message>
        <source>↑↓ scroll · Esc close</source>
        <translation>↑↓ 滚动 · Esc 关闭</translation>
    </message>
    <message>
        <source>Checkout (收银)</source>
        <translation>收银</translation>
    </message>
    <message>
        <source>A sale is on the checkout screen: finish it, hold it (F3) or void it first.</source>
        <translation>收银界面上有一笔未完成的交易：请先完成、挂单（F3）或取消该交易。</translation>
    </message>
    <message>
        <source>Change ¥%1</source>
        <translation>找零 ¥%1</translation>
    </message>
</context>
<context>
    <name>viptill::CustomerCarePage</name>
    <message>
        <source>Customer care (客户维护)</source>
        <translation>客户维护</translation>
    </message>
    <message>
        <source>F2 Today&apos;s calls</source>
        <translation>F2 今日回访</translation>
    </message>
    <message>
        <source>F3 Text messages</source>
        <translation>F3 短信</translation>
    </message>
    <message>
        <source>F4 Dormant and lapsing</source>
        <translation>F4 沉睡与将失效</translation>
    </message>
    <message>
        <source>F5 Member classes</source>
        <translation>F5 会员分级</translation>
    </message>
    <message>
        <source>F6 Feedback</source>
        <translation>F6 反馈</translation>
    </message>
    <message>
        <source>Dormant: no purchase for at least</source>
        <translation>沉睡会员：至少未消费</translation>
    </message>
    <message>
        <source>Cards lapsing within</source>
        <translation>将在以下天数内失效的卡</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Counter, Enter</source>
        <translation>专柜，按 Enter</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1 类</translation>
    </message>
    <message>
        <source>Gold and diamond</source>
        <translation>黄金卡和钻石卡</translation>
    </message>
    <message>
        <source>Any last visit</source>
        <translation>不限最近到店</translation>
    </message>
    <message>
        <source>Seen in the last 30 days</source>
        <translation>近 30 天到过店</translation>
    </message>
    <message>
        <source>Seen in the last 90 days</source>
        <translation>近 90 天到过店</translation>
    </message>
    <message>
        <source>Not seen for 90 days</source>
        <translation>90 天未到店</translation>
    </message>
    <message>
        <source>Not seen for 180 days</source>
        <translation>180 天未到店</translation>
    </message>
    <message>
        <source>Customer care · %1</source>
        <translation>客户维护 · %1</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter: make the call · F11: member file · F7: find a member · F1: all keys</source>
        <translation>↑↓ 选择 · Enter：开始回访 · F11：会员档案 · F7：查找会员 · F1：全部按键</translation>
    </message>
    <message>
        <source>↑↓ choose · F9: export for the SMS gateway · Enter/F11: member file · F1: all keys</source>
        <translation>↑↓ 选择 · F9：导出给短信网关 · Enter/F11：会员档案 · F1：全部按键</translation>
    </message>
    <message>
        <source>Tab: the other list or the days · Enter/F11: member file (F8 there revives a lapsed card) · F1: all keys</source>
        <translation>Tab：切换列表或天数 · Enter/F11：会员档案（在档案中按 F8 恢复失效卡） · F1：全部按键</translation>
    </message>
    <message>
        <source>Tab: filters · Enter/F11: member file · F9: classify again now · F1: all keys</source>
        <translation>Tab：筛选条件 · Enter/F11：会员档案 · F9：立即重新分级 · F1：全部按键</translation>
    </message>
    <message>
        <source>PgUp/PgDn: the season before / after · ↑↓ scroll · F1: all keys</source>
        <translation>PgUp/PgDn：上一季度 / 下一季度 · ↑↓ 滚动 · F1：全部按键</translation>
    </message>
    <message>
        <source>No calls are due today.</source>
        <translation>今天没有需要回访的会员。</translation>
    </message>
    <message>
        <source>%1 calls today · %2 made · %3 for you</source>
        <translation>今日回访 %1 个 · 已完成 %2 个 · 分配给您 %3 个</translation>
    </message>
    <message>
        <source>No text messages today: no festival, birthday or points reminder is due.</source>
        <translation>今天没有短信：没有节日、生日或积分提醒。</translation>
    </message>
    <message>
        <source>%1 text messages today (%2) · %3 waiting for the SMS gateway</source>
        <translation>今日短信 %1 条（%2） · %3 条待发送至短信网关</translation>
    </message>
    <message>
        <source>No member matches (F9 classifies the members now).</source>
        <translation>没有符合条件的会员（按 F9 立即分级）。</translation>
    </message>
    <message>
        <source>%1 members · classes as of %2 · A: seen lately, often, spending much; C: the rest</source>
        <translation>%1 位会员 · 分级日期 %2 · A：近期常来、消费多；C：其余</translation>
    </message>
    <message>
        <source>Feedback report of %1 (calls due %2 to %3)</source>
        <translation>%1 反馈报告（回访日期 %2 至 %3）</translation>
    </message>
    <message>
        <source>%1 calls planned, %2 made, %3 members reached. Average satisfaction %4 of 5.</source>
        <translation>计划回访 %1 个，已完成 %2 个，接通 %3 位会员。平均满意度 %4 分（满分 5 分）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Satisfaction given: %1</source>
        <translation>满意度评分：%1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>None this season.</source>
        <translation>本季度没有。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4: %5</source>
        <translation>%1 · %2 · %3 · %4：%5</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Choose a member in the list first (↑↓).</source>
        <translation>请先在列表中选择会员（↑↓）。</translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>回访已记录：%1。</translation>
    </message>
    <message>
        <source>Export for the SMS gateway</source>
        <translation>导出给短信网关</translation>
    </message>
    <message>
        <source>The CSV file the SMS gateway collects:</source>
        <translation>短信网关读取的 CSV 文件：</translation>
    </message>
    <message>
        <source>Nothing was waiting to go (%1 withdrawn).</source>
        <translation>没有待发送的短信（撤回 %1 条）。</translation>
    </message>
    <message>
        <source>%1 messages written to %2 for the SMS gateway; %3 withdrawn (opted out).</source>
        <translation>已将 %1 条短信写入 %2 供短信网关发送；撤回 %3 条（已退订）。</translation>
    </message>
    <message>
        <source>Members classified: A %1 · B %2 · C %3.</source>
        <translation>会员分级完成：A %1 · B %2 · C %3。</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>查找会员</translation>
    </message>
    <message>
        <source>Card number, mobile, ID number or the start of the name:</source>
        <translation>卡号、手机号、身份证号或姓名开头：</translation>
    </message>
    <message>
        <source>No member found for %1.</source>
        <translation>未找到与 %1 对应的会员。</translation>
    </message>
    <message>
        <source>Which member?</source>
        <translation>哪一位会员？</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Keys of customer care</source>
        <translation>客户维护按键</translation>
    </message>
    <message>
        <source>Today&apos;s follow-up calls; Enter makes the chosen call</source>
        <translation>今日回访；按 Enter 开始所选回访</translation>
    </message>
    <message>
        <source>Today&apos;s text messages; F9 exports them for the SMS gateway</source>
        <translation>今日短信；按 F9 导出给短信网关</translation>
    </message>
    <message>
        <source>Dormant members and cards lapsing soon</source>
        <translation>沉睡会员与即将失效的卡</translation>
    </message>
    <message>
        <source>Member classes A/B/C with filters; F9 classifies now</source>
        <translation>会员分级 A/B/C 及筛选；按 F9 立即分级</translation>
    </message>
    <message>
        <source>The season&apos;s feedback report; PgUp/PgDn other seasons</source>
        <translation>本季度反馈报告；PgUp/PgDn 查看其他季度</translation>
    </message>
    <message>
        <source>Find a member and open the file (or swipe the card)</source>
        <translation>查找会员并打开档案（或刷卡）</translation>
    </message>
    <message>
        <source>Open the file of the member on the chosen row</source>
        <translation>打开所选行会员的档案</translation>
    </message>
    <message>
        <source>Act on the chosen row: the call, or the member&apos;s file</source>
        <translation>处理所选行：回访或会员档案</translation>
    </message>
    <message>
        <source>In a call or a file: save</source>
        <translation>在回访或档案中：保存</translation>
    </message>
    <message>
        <source>In a file: revive a lapsed card (points are kept)</source>
        <translation>在档案中：恢复失效卡（积分保留）</translation>
    </message>
    <message>
        <source>Close / back</source>
        <translation>关闭 / 返回</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Esc closes this help.</source>
        <translation>按 Esc 关闭本帮助。</translation>
    </message>
</context>
<context>
    <name>viptill::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>顾客显示屏</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>欢迎您，%1</translation>
    </message>
    <message>
        <source>%1  ×%2   ¥%3</source>
        <translation>%1  ×%2   ¥%3</translation>
    </message>
    <message>
        <source>You save ¥%1</source>
        <translation>为您节省 ¥%1</translation>
    </message>
    <message>
        <source>Points %1, +%2 with this purchase</source>
        <translation>积分 %1，本次 +%2</translation>
    </message>
    <message>
        <source>Total ¥%1</source>
        <translation>合计 ¥%1</translation>
    </message>
    <message>
        <source>Thank you for shopping with us</source>
        <translation>谢谢惠顾</translation>
    </message>
    <message>
        <source>Change ¥%1</source>
        <translation>找零 ¥%1</translation>
    </message>
    <message>
        <source>Points balance %1</source>
        <translation>积分余额 %1</translation>
    </message>
    <message>
        <source>Paid ¥%1</source>
        <translation>实付 ¥%1</translation>
    </message>
</context>
<context>
    <name>viptill::DayCloseScreen</name>
    <message>
        <source>Day close (日结)</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Day, Enter: its figures and tenders · F8 Close the day (manager PIN) · F10 Save PDF</source>
        <translation>日期，Enter：当日数据和收款 · F8 日结（经理授权） · F10 保存 PDF</translation>
    </message>
    <message>
        <source>The day&apos;s figures and tenders as the close freezes them</source>
        <translation>日结时冻结的当日数据和收款</translation>
    </message>
    <message>
        <source>Close the day: nothing more can be recorded on it</source>
        <translation>日结：之后不能再记录该日的业务</translation>
    </message>
    <message>
        <source>Save the day&apos;s close as PDF</source>
        <translation>将日结保存为 PDF</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, such as 2026-11-01.</source>
        <translation>日期格式为 YYYY-MM-DD，例如 2026-11-01。</translation>
    </message>
    <message>
        <source>%1 is closed: closed at %2 by %3. These figures are frozen.</source>
        <translation>%1 已日结：%2 由 %3 日结。这些数据已冻结。</translation>
    </message>
    <message>
        <source>%1 is open. F8 closes it: these figures are frozen and nothing more can be recorded on it.</source>
        <translation>%1 尚未日结。按 F8 日结：数据将被冻结，之后不能再记录该日的业务。</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 已日结。</translation>
    </message>
    <message>
        <source>close %1 (日结)</source>
        <translation>日结 %1</translation>
    </message>
    <message>
        <source>%1 is closed by %2: sales ¥%3, %4 tickets.</source>
        <translation>%1 已由 %2 日结：销售额 ¥%3，小票 %4 张。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>viptill::DiamondEventScreen</name>
    <message>
        <source>Diamond thank-you event</source>
        <translation>钻石会员答谢会</translation>
    </message>
    <message>
        <source>Year, Enter: the invitations · F9 Save CSV · F10 Save PDF to print</source>
        <translation>年份，Enter：邀请名单 · F9 保存 CSV · F10 保存 PDF 以打印</translation>
    </message>
    <message>
        <source>The diamond members of the year, by their spend</source>
        <translation>本年度钻石会员，按消费排序</translation>
    </message>
    <message>
        <source>Save the invitation list as CSV</source>
        <translation>将邀请名单保存为 CSV</translation>
    </message>
    <message>
        <source>Save it as PDF to print</source>
        <translation>保存为 PDF 以打印</translation>
    </message>
    <message>
        <source>Type the year, such as 2026.</source>
        <translation>请输入年份，例如 2026。</translation>
    </message>
    <message>
        <source>%1 diamond members to invite.</source>
        <translation>共邀请 %1 位钻石会员。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>viptill::EmulatedCardReader</name>
    <message>
        <source>Emulated reader (demo)</source>
        <translation>模拟读卡器（演示）</translation>
    </message>
    <message>
        <source>The card reader is not connected.</source>
        <translation>读卡器未连接。</translation>
    </message>
    <message>
        <source>The card was taken away before it was written. Hold it on the reader and try again.</source>
        <translation>卡片在写入完成前被移开。请将卡片放在读卡器上保持不动，然后重试。</translation>
    </message>
</context>
<context>
    <name>viptill::EmulatedReaderPanel</name>
    <message>
        <source>Emulated card reader (demo)</source>
        <translation>模拟读卡器（演示）</translation>
    </message>
    <message>
        <source>Double-click or Enter: tap the card on the reader</source>
        <translation>双击或按 Enter：在读卡器上贴卡</translation>
    </message>
    <message>
        <source>8899999999990  (not a card of this store)</source>
        <translation>8899999999990（非本店会员卡）</translation>
    </message>
</context>
<context>
    <name>viptill::FiguresCharts</name>
    <message>
        <source>Sales by hour (yuan)</source>
        <translation>分时销售（元）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>VIP and other customers</source>
        <translation>会员与非会员</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>非会员</translation>
    </message>
    <message>
        <source>Member spend by tier</source>
        <translation>各等级会员消费</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>未兑换积分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>viptill::FiguresScreen</name>
    <message>
        <source>Figures</source>
        <translation>经营数据</translation>
    </message>
    <message>
        <source>1 Day · 2 Week · 3 Month · 4 Any range · ← → Before/after · PgUp/PgDn Tabs · F9 Save CSV · F10 Save PDF</source>
        <translation>1 日 · 2 周 · 3 月 · 4 任意日期 · ← → 前后 · PgUp/PgDn 切换标签 · F9 保存 CSV · F10 保存 PDF</translation>
    </message>
    <message>
        <source>The day, the week (Monday to Sunday), the month</source>
        <translation>日、周（周一至周日）、月</translation>
    </message>
    <message>
        <source>Any range: type the first and the last day</source>
        <translation>任意日期范围：输入首日和末日</translation>
    </message>
    <message>
        <source>The period before or after</source>
        <translation>前一个或后一个时段</translation>
    </message>
    <message>
        <source>Charts, counters, top members, hours, all figures</source>
        <translation>图表、专柜、消费排行、分时、全部数据</translation>
    </message>
    <message>
        <source>Save the figures as CSV (for Excel)</source>
        <translation>将数据保存为 CSV（供 Excel 使用）</translation>
    </message>
    <message>
        <source>Save the figures and charts as PDF</source>
        <translation>将数据和图表保存为 PDF</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>小票数</translation>
    </message>
    <message>
        <source>VIP share</source>
        <translation>会员销售占比</translation>
    </message>
    <message>
        <source>Average ticket (客单价)</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Items per ticket (连带率)</source>
        <translation>连带率</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>未兑换积分</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Figures of any range</source>
        <translation>任意日期范围的数据</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD)</source>
        <translation>首日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>末日</translation>
    </message>
    <message>
        <source>Enter: show · Esc: cancel</source>
        <translation>Enter：显示 · Esc：取消</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, such as 2026-11-01.</source>
        <translation>日期格式为 YYYY-MM-DD，例如 2026-11-01。</translation>
    </message>
</context>
<context>
    <name>viptill::FirstRunPage</name>
    <message>
        <source>Type the store&apos;s name as it goes on every receipt; the address and telephone print under it.</source>
        <translation>请输入印在每张小票上的店名；地址和电话印在店名下方。</translation>
    </message>
    <message>
        <source>The store&apos;s first member of staff is its manager, who then adds everyone else in the manager&apos;s office.</source>
        <translation>本店第一位员工是经理，其他员工由经理在经理室添加。</translation>
    </message>
    <message>
        <source>%1 is the store&apos;s manager. Now the goods: a catalogue file, or Enter on an empty path to import it later in the manager&apos;s office (F4).</source>
        <translation>%1 已成为本店经理。接下来是商品：输入商品目录文件；或不填路径直接按 Enter，以后在经理室（F4）导入。</translation>
    </message>
    <message>
        <source>The manager and the store&apos;s name are recorded; change them later in the manager&apos;s office. Enter on an empty path skips the catalogue.</source>
        <translation>经理和店名已保存，以后可在经理室修改。不填路径按 Enter 可跳过商品目录。</translation>
    </message>
    <message>
        <source>The store&apos;s key file was made just now:</source>
        <translation>门店密钥文件刚刚生成：</translation>
    </message>
    <message>
        <source>The store&apos;s key file is here:</source>
        <translation>门店密钥文件位于：</translation>
    </message>
    <message>
        <source>Copy it now onto a USB stick: one copy for the store&apos;s safe, and one for every till and service desk of the store, in the same place. It holds the keys of the member cards, the audit trail and the members&apos; personal data: without it none of them can be read, and lost keys cannot be made again. Keep it from anyone else.</source>
        <translation>请立即复制到 U 盘：一份放入门店保险柜，每台收银机和服务台各放一份，放在相同位置。文件里是会员卡、审计记录和会员个人信息的密钥：没有它，这些数据都无法读取；密钥丢失后无法重新生成。请勿交给无关人员。</translation>
    </message>
    <message>
        <source>Enter when the copies are made.</source>
        <translation>复制完成后按 Enter。</translation>
    </message>
    <message>
        <source>A store of many tills is given one key file, made once. This till has none yet; it looks for it here:</source>
        <translation>多收银机门店共用一个密钥文件，只生成一次。本机还没有密钥文件，它应放在：</translation>
    </message>
    <message>
        <source>This till has no key file: it cannot go on without one.</source>
        <translation>本机没有密钥文件，无法继续。</translation>
    </message>
    <message>
        <source>The store&apos;s key file cannot be used:</source>
        <translation>门店密钥文件无法使用：</translation>
    </message>
    <message>
        <source>Put the store&apos;s key file at the path above, or ask IT, then press Enter here.</source>
        <translation>请把门店密钥文件放到上面的路径，或联系 IT，然后在这里按 Enter。</translation>
    </message>
    <message>
        <source>The key file is found. Enter goes on.</source>
        <translation>已找到密钥文件。按 Enter 继续。</translation>
    </message>
    <message>
        <source>The two PINs differ: type the PIN twice again.</source>
        <translation>两次输入的密码不一致：请重新输入两次。</translation>
    </message>
    <message>
        <source>The catalogue file</source>
        <translation>商品目录文件</translation>
    </message>
    <message>
        <source>Catalogue files (*.csv)</source>
        <translation>商品目录文件 (*.csv)</translation>
    </message>
    <message>
        <source>VipTill is ready, without goods yet: import the catalogue in the manager&apos;s office (F4). Log in as %1.</source>
        <translation>VipTill 已就绪，暂无商品：请在经理室（F4）导入商品目录。请用工号 %1 登录。</translation>
    </message>
    <message>
        <source>Dry run, nothing imported yet: %1 new items, %2 changed, %3 as they are.</source>
        <translation>预览，尚未导入：新增 %1 件，变更 %2 件，%3 件不变。</translation>
    </message>
    <message>
        <source>Enter imports the file in %1&apos;s name.</source>
        <translation>按 Enter 以 %1 的名义导入此文件。</translation>
    </message>
    <message>
        <source>VipTill is ready: %1 items imported. Log in as %2.</source>
        <translation>VipTill 已就绪：已导入 %1 件商品。请用工号 %2 登录。</translation>
    </message>
    <message>
        <source>A new store: setting up VipTill</source>
        <translation>新店开业：设置 VipTill</translation>
    </message>
    <message>
        <source>1 The store</source>
        <translation>1 门店</translation>
    </message>
    <message>
        <source>2 Key file</source>
        <translation>2 密钥文件</translation>
    </message>
    <message>
        <source>3 First manager</source>
        <translation>3 首位经理</translation>
    </message>
    <message>
        <source>4 Catalogue</source>
        <translation>4 商品目录</translation>
    </message>
    <message>
        <source>No one has worked on this store yet. Four steps and VipTill is ready for its first sale; nothing of the demo is needed.</source>
        <translation>本店还没有任何员工。完成四步，VipTill 即可开始第一笔销售，不需要演示数据。</translation>
    </message>
    <message>
        <source>Choose your staff number and PIN: you log in with them, and approve others&apos; work with the PIN.</source>
        <translation>请设定您的工号和密码：登录时使用，审批他人操作时也要输入此密码。</translation>
    </message>
    <message>
        <source>The catalogue file has the header barcode,name,counter,price,special (price in yuan, special 1 for special-price goods). First its dry run shows what it holds, then it is imported.</source>
        <translation>商品目录文件的表头为 barcode,name,counter,price,special（价格以元为单位，special 为 1 表示特价商品）。先预览文件内容，再导入。</translation>
    </message>
    <message>
        <source>Enter: next field, on the last the next step · Ctrl+L: English / 中文</source>
        <translation>Enter：下一项，最后一项时进入下一步 · Ctrl+L：English / 中文</translation>
    </message>
    <message>
        <source>Enter: go on (or look for the key file again) · Esc: back</source>
        <translation>Enter：继续（或重新查找密钥文件） · Esc：返回</translation>
    </message>
    <message>
        <source>Enter: next field; on the last the manager is recorded · ↑ ↓ the role · Esc: back</source>
        <translation>Enter：下一项，最后一项时保存经理 · ↑ ↓ 选择岗位 · Esc：返回</translation>
    </message>
    <message>
        <source>Enter: the file&apos;s dry run, Enter again imports it · F4: choose the file · Enter on an empty path: skip</source>
        <translation>Enter：预览文件，再按 Enter 导入 · F4：选择文件 · 不填路径按 Enter：跳过</translation>
    </message>
    <message>
        <source>Run the command below once, on the store&apos;s back-office computer. Copy the viptill.keys it makes to the path above on this till, on every till and service desk, and into the store&apos;s safe. Then press Enter here.</source>
        <translation>请在门店后台电脑上运行一次下面的命令。把生成的 viptill.keys 复制到本机上面的路径，并复制到每台收银机和服务台，再放一份到门店保险柜。完成后在这里按 Enter。</translation>
    </message>
</context>
<context>
    <name>viptill::HelpDialog</name>
    <message>
        <source>Scan or type a barcode and press Enter</source>
        <translation>扫描或输入条码，按 Enter</translation>
    </message>
    <message>
        <source>Type a number and * before scanning: that many of the next item</source>
        <translation>扫描前输入数量和 *：下一件商品按该数量计</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>Type a member card number (when swiping or tapping fails)</source>
        <translation>手工输入会员卡号（刷卡或贴卡失败时）</translation>
    </message>
    <message>
        <source>Put the sale on hold / resume a held sale (挂单/取单)</source>
        <translation>挂单 / 取单</translation>
    </message>
    <message>
        <source>Change the chosen line&apos;s quantity (manager PIN)</source>
        <translation>修改所选行的数量（经理授权）</translation>
    </message>
    <message>
        <source>Choose a line</source>
        <translation>选择商品行</translation>
    </message>
    <message>
        <source>Void the chosen line (manager PIN)</source>
        <translation>删除所选商品行（经理授权）</translation>
    </message>
    <message>
        <source>Void the whole sale (manager PIN)</source>
        <translation>取消整笔交易（经理授权）</translation>
    </message>
    <message>
        <source>Pay: F5 cash, F6 bank card, F7 WeChat Pay, F8 Alipay</source>
        <translation>收款：F5 现金、F6 银行卡、F7 微信支付、F8 支付宝</translation>
    </message>
    <message>
        <source>Reprint the last receipt (manager PIN, logged)</source>
        <translation>重打上一张小票（经理授权，记录在案）</translation>
    </message>
    <message>
        <source>Return (退货): scan the receipt&apos;s barcode</source>
        <translation>退货：扫描小票上的条码</translation>
    </message>
    <message>
        <source>Cancel / close</source>
        <translation>取消 / 关闭</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>中文 / English</source>
        <translation>中文 / English</translation>
    </message>
    <message>
        <source>Keys of the till</source>
        <translation>收银台按键</translation>
    </message>
    <message>
        <source>Esc closes this help.</source>
        <translation>按 Esc 关闭本帮助。</translation>
    </message>
    <message>
        <source>Show the last receipt on screen</source>
        <translation>在屏幕上显示上一张小票</translation>
    </message>
</context>
<context>
    <name>viptill::JoinDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>NFC card, written now</source>
        <translation>NFC 芯片卡（现在写卡）</translation>
    </message>
    <message>
        <source>Magnetic card from the stock</source>
        <translation>库存磁条卡</translation>
    </message>
    <message>
        <source>Card number only (write a card later)</source>
        <translation>仅发卡号（稍后写卡）</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s), ¥%1 paid</source>
        <translation>
            <numerusform>%n 张小票，实付 ¥%1</numerusform>
        </translation>
    </message>
    <message>
        <source>¥%1 more for a gold card</source>
        <translation>再消费 ¥%1 可办黄金卡</translation>
    </message>
    <message>
        <source>Gold card (尊贵VIP黄金卡); ¥%1 more for diamond</source>
        <translation>可办尊贵VIP黄金卡；再消费 ¥%1 可办钻石卡</translation>
    </message>
    <message>
        <source>Diamond card (VIP钻石卡)</source>
        <translation>可办VIP钻石卡</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s receipts of today before joining.</source>
        <translation>办卡前请先扫描顾客当天的小票。</translation>
    </message>
    <message>
        <source>Swipe the magnetic card from the stock first.</source>
        <translation>请先刷一张库存磁条卡。</translation>
    </message>
</context>
<context>
    <name>viptill::KeyHelpDialog</name>
    <message>
        <source>Esc closes this help.</source>
        <translation>按 Esc 关闭本帮助。</translation>
    </message>
</context>
<context>
    <name>viptill::LoginPage</name>
    <message>
        <source>%1 · staff log-in</source>
        <translation>%1 · 员工登录</translation>
    </message>
    <message>
        <source>Enter your staff number and PIN, then press Enter.</source>
        <translation>请输入工号和密码，然后按 Enter。</translation>
    </message>
    <message>
        <source>Locked out after wrong PINs? A manager unlocks you here: F2.</source>
        <translation>密码输错被锁定？经理可在这里按 F2 解锁。</translation>
    </message>
    <message>
        <source>Choose your own PIN</source>
        <translation>请设置您自己的密码</translation>
    </message>
    <message>
        <source>Esc: not now (you choose it at your next log-in).</source>
        <translation>Esc：暂不设置（下次登录时设置）。</translation>
    </message>
    <message>
        <source>A manager unlocks a staff number</source>
        <translation>经理解锁工号</translation>
    </message>
    <message>
        <source>Enter: next · Esc: back to the log-in</source>
        <translation>Enter：下一项 · Esc：返回登录</translation>
    </message>
    <message>
        <source>The locked staff number, then the manager&apos;s own number and PIN.</source>
        <translation>先输入被锁定的工号，再输入经理本人的工号和密码。</translation>
    </message>
    <message>
        <source>Not logged in: choose your new PIN at your next log-in.</source>
        <translation>未登录：请在下次登录时设置新密码。</translation>
    </message>
    <message>
        <source>A manager can unlock it now: F2.</source>
        <translation>经理可按 F2 立即解锁。</translation>
    </message>
    <message>
        <source>%1, a manager gave you this PIN: choose your own now, 4 to 8 digits, typed twice.</source>
        <translation>%1，这是经理给您的密码：请现在设置您自己的密码，4 至 8 位数字，输入两次。</translation>
    </message>
    <message>
        <source>The two PINs differ: type the new PIN twice again.</source>
        <translation>两次输入的新密码不一致：请重新输入两次。</translation>
    </message>
    <message>
        <source>Staff number %1 (%2) is unlocked by manager %3: log in with your PIN.</source>
        <translation>工号 %1（%2）已由经理 %3 解锁：请用您的密码登录。</translation>
    </message>
</context>
<context>
    <name>viptill::MagstripeWedgeReader</name>
    <message>
        <source>Magnetic stripe reader (keyboard)</source>
        <translation>磁条读卡器（键盘）</translation>
    </message>
</context>
<context>
    <name>viptill::ManagerOffice</name>
    <message>
        <source>Manager&apos;s office (经理室)</source>
        <translation>经理室</translation>
    </message>
    <message>
        <source>%1 is in the office. F1 lists every key.</source>
        <translation>%1 已进入经理室。按 F1 查看全部按键。</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>Redemption (积分兑换): gifts for points</source>
        <translation>积分兑换：以积分兑换礼品</translation>
    </message>
    <message>
        <source>Figures: a day, a week, a month or any range, with charts</source>
        <translation>经营数据：日、周、月或任意日期范围，含图表</translation>
    </message>
    <message>
        <source>Catalogue: prices, the import&apos;s dry run, promotions</source>
        <translation>商品目录：价格、导入预览、促销</translation>
    </message>
    <message>
        <source>Counter settlement of the month&apos;s gifts</source>
        <translation>当月礼品的专柜结算</translation>
    </message>
    <message>
        <source>Diamond thank-you event: the year&apos;s invitations</source>
        <translation>钻石会员答谢会：本年度邀请名单</translation>
    </message>
    <message>
        <source>Day close (日结)</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>The other parts of the terminal</source>
        <translation>终端的其他部分</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Keys of the manager&apos;s office</source>
        <translation>经理室按键</translation>
    </message>
    <message>
        <source>Staff: add, roles, leavers, PINs, lock-outs</source>
        <translation>员工：添加、岗位、离职、密码、解锁</translation>
    </message>
    <message>
        <source>The programme&apos;s settings, points rules, promotions</source>
        <translation>会员计划设置、积分规则、促销</translation>
    </message>
    <message>
        <source>Members from the old system: dry run, import</source>
        <translation>导入旧系统会员：试导入、导入</translation>
    </message>
</context>
<context>
    <name>viptill::MemberFileDialog</name>
    <message>
        <source>type a new number to change it</source>
        <translation>输入新号码以更改</translation>
    </message>
    <message>
        <source>%1 · member no. %2</source>
        <translation>%1 · 会员号 %2</translation>
    </message>
    <message>
        <source>lapsed since %1</source>
        <translation>自 %1 起失效</translation>
    </message>
    <message>
        <source>active, lapses on %1 without a purchase</source>
        <translation>有效，若无消费将于 %1 失效</translation>
    </message>
    <message>
        <source>%1 · card %2 (%3)</source>
        <translation>%1 · 会员卡 %2（%3）</translation>
    </message>
    <message>
        <source>%1 · class %2 · points %3 (lifetime %4)</source>
        <translation>%1 · %2 类 · 积分 %3（累计 %4）</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Last visit %1 · visits %2 this week, %3 this month, %4 this year · spend ¥%5 this year, ¥%6 since joining on %7</source>
        <translation>最近到店 %1 · 本周到店 %2 次、本月 %3 次、今年 %4 次 · 今年消费 ¥%5，自 %7 入会以来消费 ¥%6</translation>
    </message>
    <message>
        <source>%1 ¥%2</source>
        <translation>%1 ¥%2</translation>
    </message>
    <message>
        <source>Favourite counters: %1 · Sizes: %2</source>
        <translation>常去专柜：%1 · 尺码：%2</translation>
    </message>
    <message>
        <source>none this year</source>
        <translation>今年没有</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 years</source>
        <translation>%1 · %2 · %3 岁</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>应于 %1</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>应于 %1 · %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Card %1 is active again; the points are as they were.</source>
        <translation>会员卡 %1 已恢复有效；积分保持不变。</translation>
    </message>
    <message>
        <source>Tab: next field · Ctrl+Tab: next page · F10: save · F8: revive a lapsed card · F6: adjust points · F7: export for the member · F9: erase the member · Esc: close</source>
        <translation>Tab：下一项 · Ctrl+Tab：下一页 · F10：保存 · F8：恢复失效卡 · F6：调整积分 · F7：为会员导出资料 · F9：注销会员 · Esc：关闭</translation>
    </message>
    <message>
        <source>Everything held on %1 is in %2, for the member only; the export is recorded.</source>
        <translation>%1 的全部资料已导出到 %2，仅交会员本人；此次导出已记录。</translation>
    </message>
    <message>
        <source>Member no. %1 is erased: %2 card(s) blocked, %3 points written off.</source>
        <translation>会员 %1 已注销：冻结 %2 张卡，作废 %3 积分。</translation>
    </message>
    <message>
        <source>%1%2 points (%3); the balance is now %4.</source>
        <translation>%1%2 积分（%3），现余 %4 分。</translation>
    </message>
    <message>
        <source>erase member no. %1 at their request: name, ID number, mobile, address and notes are deleted for good, the card is blocked and %2 points are written off. The sales and points history stay, without the person.</source>
        <translation>应本人要求注销会员 %1：姓名、身份证号、手机、地址和备注将永久删除，会员卡冻结，%2 积分作废。销售和积分记录保留，但不再含个人信息。</translation>
    </message>
</context>
<context>
    <name>viptill::MemberImportScreen</name>
    <message>
        <source>Members from the old system (导入会员)</source>
        <translation>导入会员（旧系统）</translation>
    </message>
    <message>
        <source>File, Enter: dry run, every fault by line (nothing is changed) · F9 Import it (manager PIN)</source>
        <translation>文件名，回车：试导入，逐行列出错误（不做任何改动）· F9 导入（经理密码）</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Check the file: every fault with its line; nothing is changed</source>
        <translation>检查文件：列出每个错误及其行号，不做任何改动</translation>
    </message>
    <message>
        <source>Import the file checked: every member or, with any fault, none</source>
        <translation>导入已检查的文件：全部导入；有任何错误则一个也不导入</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>错误代码</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1 members, no fault. F9 imports them.</source>
        <translation>试导入完成，未做改动：共 %1 名会员，没有错误。按 F9 导入。</translation>
    </message>
    <message>
        <source>Check the file first: type its name and press Enter.</source>
        <translation>请先检查文件：输入文件名后按回车。</translation>
    </message>
    <message>
        <source>import %1 members from %2</source>
        <translation>从 %2 导入 %1 名会员</translation>
    </message>
    <message>
        <source>Imported %1 members from %2, with their cards and points. Their cards work at every till now.</source>
        <translation>已从 %2 导入 %1 名会员及其会员卡和积分。这些卡现在在所有收银台都能使用。</translation>
    </message>
    <message>
        <source>Once, when the store goes live: the old system&apos;s members with their cards and points. The columns: card_number, name, gender, birthday, id_number, mobile, address, tier, points_balance, points_lifetime, joined_on; UTF-8 or GB18030.</source>
        <translation>门店上线时做一次：把旧系统的会员连同会员卡和积分导入。文件各列依次为：card_number, name, gender, birthday, id_number, mobile, address, tier, points_balance, points_lifetime, joined_on；编码为 UTF-8 或 GB18030。</translation>
    </message>
    <message>
        <source>%1 members in the file, %2 faults: nothing imported.</source>
        <translation>文件中共 %1 名会员，%2 处错误：未导入任何会员。</translation>
    </message>
    <message>
        <source>Put each fault right in the old system, export the file again and check it again. A file with faults cannot be imported.</source>
        <translation>请在旧系统中逐一改正错误，重新导出后再检查一次。有错误的文件不能导入。</translation>
    </message>
    <message>
        <source>%1 members in the file, no fault.</source>
        <translation>文件中共 %1 名会员，没有错误。</translation>
    </message>
</context>
<context>
    <name>viptill::MemberListModel</name>
    <message>
        <source>to be written</source>
        <translation>待写卡</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已换卡</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Card state</source>
        <translation>卡状态</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>viptill::NfcCardEncoder</name>
    <message>
        <source>No card on the reader. Put the card on the reader and try again.</source>
        <translation>读卡器上没有卡片。请将卡片放在读卡器上，然后重试。</translation>
    </message>
    <message>
        <source>The card was taken away before it was written, so it cannot be used. Put it back on the reader and write it again.</source>
        <translation>卡片在写入完成前被移开，无法使用。请将卡片放回读卡器上重新写卡。</translation>
    </message>
    <message>
        <source>The card was taken away too soon. Hold it on the reader until it is read.</source>
        <translation>卡片移开得太早。请将卡片放在读卡器上，直到读卡完成。</translation>
    </message>
    <message>
        <source>This card has no member data. Issue it at the service desk.</source>
        <translation>此卡没有会员数据。请到服务台发卡。</translation>
    </message>
    <message>
        <source>This card belongs to another store or was tampered with.</source>
        <translation>此卡属于其他门店，或已被篡改。</translation>
    </message>
    <message>
        <source>This kind of card is not supported: use a MIFARE Classic 1K or an NTAG213 member card.</source>
        <translation>不支持此类卡片：请使用 MIFARE Classic 1K 或 NTAG213 会员卡。</translation>
    </message>
    <message>
        <source>This card was written by a newer version of VipTill. Update this till&apos;s software.</source>
        <translation>此卡由更新版本的 VipTill 写入。请更新本收银台的软件。</translation>
    </message>
    <message>
        <source>This card failed its security check: it is a copy or was altered.</source>
        <translation>此卡未通过安全校验：是复制卡或已被改动。</translation>
    </message>
    <message>
        <source>This card was not completely written. Write it again at the service desk.</source>
        <translation>此卡未完整写入。请到服务台重新写卡。</translation>
    </message>
    <message>
        <source>This card&apos;s data is damaged. Replace the card at the service desk.</source>
        <translation>此卡数据已损坏。请到服务台补卡。</translation>
    </message>
    <message>
        <source>The card did not read back as it was written, so it cannot be used. Write it again, or use another card.</source>
        <translation>卡片回读内容与写入内容不符，无法使用。请重新写卡，或换一张卡。</translation>
    </message>
    <message>
        <source>This card number or generation cannot be written onto a card.</source>
        <translation>此卡号或卡代数无法写入卡片。</translation>
    </message>
    <message>
        <source>The card reader did not answer properly while writing, so the card cannot be used. Put it back on the reader and write it again.</source>
        <translation>写卡时读卡器响应异常，卡片无法使用。请将卡片放回读卡器上重新写卡。</translation>
    </message>
    <message>
        <source>The card reader did not answer properly. Try again; if it keeps happening, check the reader&apos;s cable.</source>
        <translation>读卡器响应异常。请重试；如问题持续，请检查读卡器连接线。</translation>
    </message>
    <message>
        <source>No NFC card reader answers at %1 (%2).</source>
        <translation>%1 处没有 NFC 读卡器响应（%2）。</translation>
    </message>
</context>
<context>
    <name>viptill::NfcCardReader</name>
    <message>
        <source>Connecting to the card reader…</source>
        <translation>正在连接读卡器……</translation>
    </message>
    <message>
        <source>NFC card reader (%1)</source>
        <translation>NFC 读卡器（%1）</translation>
    </message>
    <message>
        <source>The card reader is not running, so the card was not written.</source>
        <translation>读卡器未运行，卡片未写入。</translation>
    </message>
</context>
<context>
    <name>viptill::NfcPoller</name>
    <message>
        <source>No card was put on the reader. Put the card on the reader and try again.</source>
        <translation>读卡器上未放卡片。请将卡片放在读卡器上，然后重试。</translation>
    </message>
    <message>
        <source>The card reader is not connected, so the card was not written.</source>
        <translation>读卡器未连接，卡片未写入。</translation>
    </message>
    <message>
        <source>The card reader stopped answering. Check its cable; VipTill keeps trying to reach it.</source>
        <translation>读卡器停止响应。请检查连接线；VipTill 会持续尝试重新连接。</translation>
    </message>
</context>
<context>
    <name>viptill::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sent to the gateway</source>
        <translation>已发送至网关</translation>
    </message>
    <message>
        <source>Withdrawn (opted out)</source>
        <translation>已撤回（已退订）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>viptill::PaymentDialog</name>
    <message>
        <source>Total to pay: ¥%1</source>
        <translation>应付总额：¥%1</translation>
    </message>
    <message>
        <source>An amount is not a number of yuan, such as 100 or 99.50.</source>
        <translation>金额须为以元计的数字，例如 100 或 99.50。</translation>
    </message>
    <message>
        <source>Card and mobile payments exceed the total by ¥%1.</source>
        <translation>银行卡与移动支付金额超出应付总额 ¥%1。</translation>
    </message>
    <message>
        <source>Still to pay: ¥%1</source>
        <translation>尚需支付：¥%1</translation>
    </message>
    <message>
        <source>Change: ¥%1</source>
        <translation>找零：¥%1</translation>
    </message>
</context>
<context>
    <name>viptill::PointsAdjustDialog</name>
    <message>
        <source>%1 · member no. %2 · %3 points now</source>
        <translation>%1 · 会员 %2 · 现有 %3 积分</translation>
    </message>
    <message>
        <source>%1%2 points for member no. %3: %4</source>
        <translation>会员 %3 积分 %1%2：%4</translation>
    </message>
</context>
<context>
    <name>viptill::PurchaseListModel</name>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source> (%1 returned)</source>
        <translation>（已退 %1）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Paid ¥</source>
        <translation>实付 ¥</translation>
    </message>
    <message>
        <source>Kept ¥</source>
        <translation>保留 ¥</translation>
    </message>
</context>
<context>
    <name>viptill::RedemptionScreen</name>
    <message>
        <source>Points redemption (积分兑换)</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Tap the card or type mobile + last 4 of ID, Enter · ↑↓ points · Enter: gifts · type to find · ↑↓ gift · Enter: redeem (manager PIN) · F8 Cancel today&apos;s · Esc Back</source>
        <translation>贴卡或输入手机号 + 身份证后四位，Enter · ↑↓ 选积分 · Enter：礼品 · 输入查找 · ↑↓ 选礼品 · Enter：兑换（经理授权） · F8 撤销当天兑换 · Esc 返回</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Tap or swipe the member&apos;s card: the member is shown</source>
        <translation>贴卡或刷会员卡：显示会员</translation>
    </message>
    <message>
        <source>Find the member by mobile and the ID number&apos;s last four</source>
        <translation>按手机号和身份证号后四位查找会员</translation>
    </message>
    <message>
        <source>Choose the points to spend, then the gift</source>
        <translation>先选使用积分，再选礼品</translation>
    </message>
    <message>
        <source>Points chosen: the gifts they allow; gift chosen: redeem</source>
        <translation>选定积分后：显示可兑礼品；选定礼品后：兑换</translation>
    </message>
    <message>
        <source>Cancel a redemption of today (manager PIN)</source>
        <translation>撤销当天的积分兑换（经理授权）</translation>
    </message>
    <message>
        <source>Back one step; on the member field, start again</source>
        <translation>返回上一步；在会员栏时重新开始</translation>
    </message>
    <message>
        <source>No member yet</source>
        <translation>尚未选择会员</translation>
    </message>
    <message>
        <source>Type the member&apos;s mobile, a space and the last four characters of the ID number (or tap the card).</source>
        <translation>请输入会员手机号、空格和身份证号后四位（或贴卡）。</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>手机 %1</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>%1 points → ¥%2</source>
        <translation>%1 积分 → ¥%2</translation>
    </message>
    <message>
        <source>%1 has a negative balance (%2 points): no redemption until it is positive again.</source>
        <translation>%1 的积分余额为负数（%2 分）：余额恢复为正数之前不能兑换。</translation>
    </message>
    <message>
        <source>%1 has %2 points; a redemption needs at least 1000.</source>
        <translation>%1 有 %2 积分；兑换至少需要 1000 分。</translation>
    </message>
    <message>
        <source>%1: %2 points. Choose the points to spend (↑↓, Enter).</source>
        <translation>%1：%2 积分。请选择使用积分（↑↓，Enter）。</translation>
    </message>
    <message>
        <source>No gift within this cap matches; type fewer letters or choose more points.</source>
        <translation>此上限内没有符合的礼品；请少输入几个字或选择更多积分。</translation>
    </message>
    <message>
        <source>Type to find the gift, ↑↓ to choose it, Enter to redeem.</source>
        <translation>输入查找礼品，↑↓ 选择，Enter 兑换。</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>专柜</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Choose the points and a gift first.</source>
        <translation>请先选择积分和礼品。</translation>
    </message>
    <message>
        <source>%1 points for %2 (¥%3) to member %4</source>
        <translation>以 %1 积分为会员 %4 兑换 %2（¥%3）</translation>
    </message>
    <message>
        <source>Redeemed no. %1: %2 for %3 points; balance %4.</source>
        <translation>兑换单 %1：以 %3 积分兑换 %2；余额 %4。</translation>
    </message>
    <message>
        <source>The member&apos;s and the counter&apos;s slips are printed.</source>
        <translation>会员联和专柜联已打印。</translation>
    </message>
    <message>
        <source>Cancel a redemption of today</source>
        <translation>撤销当天的积分兑换</translation>
    </message>
    <message>
        <source>Scan the barcode on the slip, or choose below</source>
        <translation>扫描兑换单上的条码，或在下方选择</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3 · ¥%4 · %5 points · %6 · member %7</source>
        <translation>单号 %1 · %2 · %3 · ¥%4 · %5 积分 · %6 · 会员 %7</translation>
    </message>
    <message>
        <source> · cancelled</source>
        <translation> · 已撤销</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter: cancel it (manager PIN) · Esc: close</source>
        <translation>↑↓ 选择 · Enter：撤销（经理授权） · Esc：关闭</translation>
    </message>
    <message>
        <source>cancel redemption no. %1</source>
        <translation>撤销兑换单 %1</translation>
    </message>
    <message>
        <source>Redemption no. %1 cancelled: %2 points back, balance %3.</source>
        <translation>兑换单 %1 已撤销：退回 %2 积分，余额 %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a redemption slip&apos;s barcode.</source>
        <translation>&quot;%1&quot; 不是兑换单的条码。</translation>
    </message>
    <message>
        <source>Ready for the next member.</source>
        <translation>请接待下一位会员。</translation>
    </message>
</context>
<context>
    <name>viptill::ReplaceCardDialog</name>
    <message>
        <source>Diamond card swap</source>
        <translation>换发钻石卡</translation>
    </message>
    <message>
        <source>Card replacement (补卡)</source>
        <translation>补卡</translation>
    </message>
    <message>
        <source>card %1 (%2)</source>
        <translation>会员卡 %1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 points</source>
        <translation>%1 · %2 · %3 · %4 积分</translation>
    </message>
    <message>
        <source>Type the number from the member&apos;s ID card</source>
        <translation>请按会员身份证输入证件号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Lost: block the old card now</source>
        <translation>遗失：立即挂失原卡</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Demagnetised</source>
        <translation>消磁</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>NFC card, written now</source>
        <translation>NFC 芯片卡（现在写卡）</translation>
    </message>
    <message>
        <source>Magnetic card from the stock</source>
        <translation>库存磁条卡</translation>
    </message>
    <message>
        <source>Card number only (write a card later)</source>
        <translation>仅发卡号（稍后写卡）</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>新卡</translation>
    </message>
    <message>
        <source>Swipe the magnetic card from the stock</source>
        <translation>请刷一张库存磁条卡</translation>
    </message>
    <message>
        <source>Stock card number</source>
        <translation>库存卡卡号</translation>
    </message>
    <message>
        <source>Enter: replace · Esc: cancel</source>
        <translation>Enter：补卡 · Esc：取消</translation>
    </message>
    <message>
        <source>Swipe the magnetic card from the stock first.</source>
        <translation>请先刷一张库存磁条卡。</translation>
    </message>
</context>
<context>
    <name>viptill::ReturnDialog</name>
    <message>
        <source>Return (退货)</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Scan the barcode on the receipt:</source>
        <translation>请扫描小票上的条码：</translation>
    </message>
    <message>
        <source>↑↓ choose · Space: this line · +/−: quantity · A: everything · Enter: return (manager PIN) · Esc: cancel</source>
        <translation>↑↓ 选择 · 空格：选此行 · +/−：数量 · A：全部 · Enter：退货（经理授权） · Esc：取消</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买数量</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Receipt %1 of %2. Choose what comes back.</source>
        <translation>小票 %1（%2）。请选择退货商品。</translation>
    </message>
    <message>
        <source>%1 (%2 returned)</source>
        <translation>%1（已退 %2）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose at least one item to return (Space or A).</source>
        <translation>请至少选择一件退货商品（空格或 A）。</translation>
    </message>
    <message>
        <source>return from receipt %1</source>
        <translation>小票 %1 退货</translation>
    </message>
    <message>
        <source>Returned: refund ¥%1</source>
        <translation>退货完成：退款 ¥%1</translation>
    </message>
    <message>
        <source> · points −%1, balance %2</source>
        <translation> · 积分 −%1，余额 %2</translation>
    </message>
    <message>
        <source> · membership cancelled: the joining receipts no longer stand, the card no longer works</source>
        <translation> · 会员资格已取消：办卡小票金额已不足，会员卡停止使用</translation>
    </message>
    <message>
        <source> · card now %1</source>
        <translation> · 会员卡现为%1</translation>
    </message>
</context>
<context>
    <name>viptill::SaleLinesModel</name>
    <message>
        <source>%1 zhe</source>
        <comment>a discount rate in tenths, e.g. 8.8 zhe = pay 88%</comment>
        <translation>%1折</translation>
    </message>
    <message>
        <source>%1 (special price)</source>
        <translation>%1（特价）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>专柜</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>Counter promotion</source>
        <translation>专柜促销</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>会员折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>viptill::ServiceDeskPage</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Service desk (服务台)</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Tap or swipe a member&apos;s card, or type what you know of them.</source>
        <translation>请贴卡或刷会员卡，或输入会员的已知信息。</translation>
    </message>
    <message>
        <source>No member found for &quot;%1&quot;. F3 joins a new customer.</source>
        <translation>未找到“%1”对应的会员。按 F3 为新顾客办卡。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) found.</source>
        <translation>
            <numerusform>找到 %n 位会员。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2 岁</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (lifetime %2)</source>
        <translation>%1（累计 %2）</translation>
    </message>
    <message>
        <source>The card is waiting to be written: F5.</source>
        <translation>会员卡待写入：按 F5。</translation>
    </message>
    <message>
        <source>Diamond member with a gold card: F7 swaps it for a diamond card.</source>
        <translation>钻石会员仍持黄金卡：按 F7 换发钻石卡。</translation>
    </message>
    <message>
        <source>This quarter&apos;s gift was handed over on %1 (%2).</source>
        <translation>本季度礼品已于 %1 发放（%2）。</translation>
    </message>
    <message>
        <source>This quarter&apos;s diamond gift is due: F6.</source>
        <translation>本季度钻石礼品尚未领取：按 F6。</translation>
    </message>
    <message>
        <source>Negative points balance after a return.</source>
        <translation>因退货，积分余额为负数。</translation>
    </message>
    <message>
        <source>Find: card number, mobile, ID number or the start of a name</source>
        <translation>查找：卡号、手机号、身份证号或姓名开头</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Tap or swipe a card: its member</source>
        <translation>贴卡或刷卡：查找持卡会员</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>回到查找栏</translation>
    </message>
    <message>
        <source>Join (办卡) with today&apos;s receipts</source>
        <translation>凭当天小票办卡</translation>
    </message>
    <message>
        <source>Replace the member&apos;s card (补卡): lost, damaged, demagnetised</source>
        <translation>补卡：遗失、损坏、消磁</translation>
    </message>
    <message>
        <source>Write the member&apos;s card onto an NFC card</source>
        <translation>将会员卡写入 NFC 芯片卡</translation>
    </message>
    <message>
        <source>Hand over the diamond member&apos;s quarterly gift</source>
        <translation>发放钻石会员季度礼品</translation>
    </message>
    <message>
        <source>Swap a diamond member&apos;s gold card for a diamond card</source>
        <translation>为钻石会员将黄金卡换发为钻石卡</translation>
    </message>
    <message>
        <source>Show the mobile and ID number in full (managers; logged)</source>
        <translation>完整显示手机号和身份证号（仅经理；记录在案）</translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation>选择会员</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Keys of the service desk</source>
        <translation>服务台按键</translation>
    </message>
    <message>
        <source>%1 joined as %2 with card %3. The welcome slip is printed.</source>
        <translation>%1 已办理%2，卡号 %3。入会凭条已打印。</translation>
    </message>
    <message>
        <source>No card reader here can write cards; the card waits to be written (F5).</source>
        <translation>本机没有可写卡的读卡器；会员卡保留待写入（F5）。</translation>
    </message>
    <message>
        <source>Find the member first (tap the card, or type the mobile or name).</source>
        <translation>请先查找会员（贴卡，或输入手机号或姓名）。</translation>
    </message>
    <message>
        <source>Card %1 replaces card %2, which no longer works. The slip is printed.</source>
        <translation>新卡 %1 已取代原卡 %2，原卡已停用。凭条已打印。</translation>
    </message>
    <message>
        <source>Card %1 is blocked. Now write the new card.</source>
        <translation>会员卡 %1 已挂失。请写入新卡。</translation>
    </message>
    <message>
        <source>Card %1 is written and active.</source>
        <translation>会员卡 %1 已写入并激活。</translation>
    </message>
    <message>
        <source>Diamond gift</source>
        <translation>钻石礼品</translation>
    </message>
    <message>
        <source>The gift handed to %1 this quarter:</source>
        <translation>本季度发给 %1 的礼品：</translation>
    </message>
    <message>
        <source>Quarter %1 gift recorded for %2; the member signs the slip.</source>
        <translation>已登记 %2 的第 %1 季度礼品；请会员在凭条上签名。</translation>
    </message>
    <message>
        <source>Only a manager may see a member&apos;s mobile and ID number in full.</source>
        <translation>只有经理可以查看会员完整的手机号和身份证号。</translation>
    </message>
    <message>
        <source>Shown in full; this is logged.</source>
        <translation>已完整显示；此操作已记录。</translation>
    </message>
    <message>
        <source>F1 Help · F2 Find · F3 Join · F4 Replace card · F5 Write card · F6 Diamond gift · F7 Diamond card swap · F8 Member file · F9 Show in full (manager) · ↑↓ Choose · Esc Clear</source>
        <translation>F1 帮助 · F2 查找 · F3 办卡 · F4 补卡 · F5 写卡 · F6 钻石礼品 · F7 换发钻石卡 · F8 会员档案 · F9 完整显示（经理） · ↑↓ 选择 · Esc 清除</translation>
    </message>
    <message>
        <source>The member file: soft data, purchases, calls (reading is logged)</source>
        <translation>会员档案：个人偏好、购买记录、回访（查看会记录在案）</translation>
    </message>
</context>
<context>
    <name>viptill::SettingsModel</name>
    <message>
        <source>planned</source>
        <translation>已排定</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>viptill::SettingsScreen</name>
    <message>
        <source>The programme&apos;s settings (设置)</source>
        <translation>会员计划设置</translation>
    </message>
    <message>
        <source>↑↓ Choose a rule · F8 Stop it from today (manager PIN) · PgUp/PgDn Sections</source>
        <translation>↑↓ 选择规则 · F8 从今天起停止（经理授权） · PgUp/PgDn 切换栏目</translation>
    </message>
    <message>
        <source>↑↓ Choose · Enter: change it (value, from, last day, note, Enter; manager PIN) · F8 Stop the chosen change · Esc Back to the list · PgUp/PgDn Sections</source>
        <translation>↑↓ 选择 · Enter：修改（新值、生效日期、截止日期、备注，Enter；经理授权） · F8 停止选中的变更 · Esc 返回列表 · PgUp/PgDn 切换栏目</translation>
    </message>
    <message>
        <source>Choose a setting, or a change planned under it</source>
        <translation>选择设置项，或其下方已排定的变更</translation>
    </message>
    <message>
        <source>Change the chosen setting: the value, from which day (empty: today), the last day for some days only (a VIP 专场), a note; Enter on the note asks the PIN</source>
        <translation>修改选中的设置：新值、生效日期（空：今天）、只在几天内有效时的截止日期（如 VIP 专场）、备注；在备注上按 Enter 需经理授权</translation>
    </message>
    <message>
        <source>Stop the chosen change, or on the rules the chosen rule, from today</source>
        <translation>从今天起停止选中的变更；在规则栏目中停止选中的规则</translation>
    </message>
    <message>
        <source>From the form back to the list</source>
        <translation>从表单返回列表</translation>
    </message>
    <message>
        <source>The settings · the points rules and promotions</source>
        <translation>设置 · 积分规则和促销</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>months %1</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <source>on the member&apos;s birthday</source>
        <translation>会员生日当天</translation>
    </message>
    <message>
        <source>the first %1 members of each day</source>
        <translation>每天前 %1 名会员</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>over</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>x%1</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>专柜</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>折扣率</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>until cleared</source>
        <translation>直到取消</translation>
    </message>
    <message>
        <source>A rate: 0.85 is 8.5折, 1 no discount</source>
        <translation>折扣率：0.85 即 8.5折，1 为不打折</translation>
    </message>
    <message>
        <source>An amount in yuan, such as 300.00</source>
        <translation>金额（元），例如 300.00</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>%1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>Days from %1 to %2; empty: no limit</source>
        <translation>%1 至 %2 天；空：不限</translation>
    </message>
    <message>
        <source>Up to %1 characters</source>
        <translation>最多 %1 个字</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>Type an amount in yuan, such as 300.00.</source>
        <translation>请输入金额（元），例如 300.00。</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, such as 2026-11-01.</source>
        <translation>日期格式为 YYYY-MM-DD，例如 2026-11-01。</translation>
    </message>
    <message>
        <source>%1 to %2 from %3</source>
        <translation>%1 改为 %2，%3 起</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>, last day %1</source>
        <translation>，截止 %1</translation>
    </message>
    <message>
        <source>%1 is %2 from %3</source>
        <translation>%1 自 %3 起为 %2</translation>
    </message>
    <message>
        <source> to %1, then as before</source>
        <translation>，至 %1，之后恢复原值</translation>
    </message>
    <message>
        <source>. Changed by %1.</source>
        <translation>。修改人：%1。</translation>
    </message>
    <message>
        <source>%1 holds its default: there is no change to stop.</source>
        <translation>%1 为默认值：没有可停止的变更。</translation>
    </message>
    <message>
        <source>stop the change of %1 to %2 (from %3)</source>
        <translation>停止将 %1 改为 %2 的变更（%3 起）</translation>
    </message>
    <message>
        <source>The change is stopped: from today %1 is %2.</source>
        <translation>变更已停止：从今天起 %1 为 %2。</translation>
    </message>
    <message>
        <source>Choose a rule with ↑ ↓ first.</source>
        <translation>请先用 ↑ ↓ 选择规则。</translation>
    </message>
    <message>
        <source>The rule %1 does not run any more.</source>
        <translation>规则 %1 已不再执行。</translation>
    </message>
    <message>
        <source>stop the points rule %1 (x%2) from today</source>
        <translation>从今天起停止积分规则 %1（%2 倍）</translation>
    </message>
    <message>
        <source>The points rule %1 is stopped: from today it gives no more points.</source>
        <translation>积分规则 %1 已停止：从今天起不再加倍积分。</translation>
    </message>
</context>
<context>
    <name>viptill::SettlementScreen</name>
    <message>
        <source>Counter settlement</source>
        <translation>专柜结算</translation>
    </message>
    <message>
        <source>Month, Enter · counter (empty: all), Enter · ↑↓ a counter&apos;s gifts · F9 Save CSV · F10 Save PDF</source>
        <translation>月份，Enter · 专柜（空：全部），Enter · ↑↓ 查看专柜礼品 · F9 保存 CSV · F10 保存 PDF</translation>
    </message>
    <message>
        <source>The month&apos;s settlement, for one counter or all</source>
        <translation>当月结算，单个专柜或全部专柜</translation>
    </message>
    <message>
        <source>The gifts of the counter chosen</source>
        <translation>所选专柜的礼品</translation>
    </message>
    <message>
        <source>Save it as CSV</source>
        <translation>保存为 CSV</translation>
    </message>
    <message>
        <source>Save it as PDF to print or send to the counter</source>
        <translation>保存为 PDF 以打印或发给专柜</translation>
    </message>
    <message>
        <source>No gifts were handed over for points in %1.</source>
        <translation>%1 没有以积分兑换发放的礼品。</translation>
    </message>
    <message>
        <source>%1 counters, ¥%2 in all. F9 or F10 saves it to send.</source>
        <translation>共 %1 个专柜，合计 ¥%2。按 F9 或 F10 保存以发送。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>viptill::StaffListModel</name>
    <message>
        <source>works here</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>to change at log-in</source>
        <translation>登录时须修改</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>viptill::StaffScreen</name>
    <message>
        <source>Staff (员工)</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>↑↓ Choose · number, name, role, PIN, Enter: add (manager PIN) · F8 Role · F9 Leaver · F10 Reset PIN · F11 Unlock</source>
        <translation>↑↓ 选择 · 工号、姓名、岗位、密码，Enter：添加（经理授权） · F8 改岗位 · F9 离职 · F10 重置密码 · F11 解锁</translation>
    </message>
    <message>
        <source>Choose someone: the form holds them</source>
        <translation>选择员工：表单中显示其信息</translation>
    </message>
    <message>
        <source>Next field; on the PIN, add the new staff member</source>
        <translation>下一项；在密码上按 Enter 添加新员工</translation>
    </message>
    <message>
        <source>Give the chosen staff member the role in the form</source>
        <translation>把选中员工的岗位改为表单中的岗位</translation>
    </message>
    <message>
        <source>A leaver: can no longer log in; the history keeps the name</source>
        <translation>离职：不能再登录，历史记录保留姓名</translation>
    </message>
    <message>
        <source>Reset the PIN to the one in the form: changed at log-in</source>
        <translation>把密码重置为表单中的密码：下次登录时须修改</translation>
    </message>
    <message>
        <source>Lift a lock-out after wrong PINs</source>
        <translation>解除因密码输错造成的锁定</translation>
    </message>
    <message>
        <source>Choose someone with ↑ ↓, or type their staff number.</source>
        <translation>请用 ↑ ↓ 选择员工，或输入工号。</translation>
    </message>
    <message>
        <source>add %1 %2 as %3</source>
        <translation>添加 %1 %2 为%3</translation>
    </message>
    <message>
        <source>%1 %2 is added as %3 and can log in now.</source>
        <translation>%1 %2 已添加为%3，现在即可登录。</translation>
    </message>
    <message>
        <source>make %1 %2</source>
        <translation>将 %1 改为%2</translation>
    </message>
    <message>
        <source>%1 %2 is now %3.</source>
        <translation>%1 %2 现在是%3。</translation>
    </message>
    <message>
        <source>%1 leaves the store</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <source>%1 %2 has left: they can no longer log in.</source>
        <translation>%1 %2 已离职：不能再登录。</translation>
    </message>
    <message>
        <source>a new PIN for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>%1 %2 has the new PIN and chooses their own at the next log-in.</source>
        <translation>%1 %2 的密码已重置，下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>Your new PIN is set, %1.</source>
        <translation>%1，您的新密码已设置。</translation>
    </message>
    <message>
        <source>unlock %1</source>
        <translation>解锁 %1</translation>
    </message>
    <message>
        <source>%1 %2 is unlocked and can log in again.</source>
        <translation>%1 %2 已解锁，可以重新登录。</translation>
    </message>
</context>
<context>
    <name>viptill::TillWindow</name>
    <message>
        <source>Logged out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <source>Staff %1 %2</source>
        <translation>员工 %1 %2</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1: ready</source>
        <translation>%1：就绪</translation>
    </message>
    <message>
        <source>%1: not ready</source>
        <translation>%1：未就绪</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>无读卡器</translation>
    </message>
    <message>
        <source>VipTill · %1</source>
        <translation>VipTill · %1</translation>
    </message>
    <message>
        <source>%1  Ctrl+%2</source>
        <translation>%1  Ctrl+%2</translation>
    </message>
    <message>
        <source>Locked. %1 %2: your PIN continues where you were. Another member of staff may log in.</source>
        <translation>终端已锁定。%1 %2：输入您的密码即可继续。其他员工也可以登录。</translation>
    </message>
</context>
</TS>
