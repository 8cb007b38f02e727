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
        <source>price &quot;%1&quot; is not an amount in yuan such as 199.00</source>
        <translation>价格 &quot;%1&quot; 不是以元为单位的金额，应如 199.00</translation>
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
        <source>The number of first members must be positive.</source>
        <translation>每日前几名会员的人数须为正数。</translation>
    </message>
    <message>
        <source>The rule ends before it starts.</source>
        <translation>规则结束日期早于开始日期。</translation>
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
        <source>--gender must be F or M.</source>
        <translation>--gender 须为 F 或 M。</translation>
    </message>
    <message>
        <source>Usage: viptillctl product import FILE.csv</source>
        <translation>用法：viptillctl product import FILE.csv</translation>
    </message>
    <message>
        <source>Give exactly one of --member, --card or --mobile.</source>
        <translation>--member、--card、--mobile 须指定其一，且只能指定一个。</translation>
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
</context>
<context>
    <name>MainText</name>
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
        <source>Usage: viptillctl [--db PATH] [--terminal CODE] COMMAND ...
Commands: init, product import, counter promo, rule add, sale, return,
member register, member show, card replace, redeem, report day, demo.
See docs/cli.md for each command&apos;s options and output.</source>
        <translation>用法：viptillctl [--db PATH] [--terminal CODE] COMMAND ...
命令：init、product import、counter promo、rule add、sale、return、
member register、member show、card replace、redeem、report day、demo。
各命令的选项和输出说明见 docs/cli.md。</translation>
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
</context>
<context>
    <name>RedemptionText</name>
    <message>
        <source>Points are spent in steps of 500, at least 1000; %1 is not such a step.</source>
        <translation>积分须以 500 为单位使用，最少 1000 分；%1 不符合要求。</translation>
    </message>
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
</TS>
