<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApplicationText</name>
    <message>
        <source>Enter the member&apos;s name (1 to 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender must be F (female) or M (male).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a real birthday in the past, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number must be 18 characters with a valid check digit (GB 11643).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number does not match the birthday given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number must be 11 digits starting 13 to 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member&apos;s address (up to 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the main product category bought.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The multiplier must be a whole number from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it needs the header %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the header must be %1; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; must be 4 to 32 letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode %1 appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must be 1 to 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counter must be 1 to 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price &quot;%1&quot; is not an amount in yuan such as 199.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special must be 1 (special-price goods) or 0, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counter promotion rate is a decimal above 0 and at most 1, such as 0.80 for 8折; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no counter named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule needs a name of 1 to 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays run from 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months run from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of first members must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run viptillctl --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one item: BARCODE or BARCODE*QTY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes numbers separated by commas, such as 1,3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason must be lost, damaged or demagnetized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gender must be F or M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: viptillctl product import FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --member, --card or --mobile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The database already holds a store; the demo fills only an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Barcode %1 is not in the catalogue; the item cannot be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is not a card of this store. Ask the customer to visit the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is blocked (reported lost or replaced). Keep the card and send the customer to the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has lapsed. The service desk can revive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has not been activated yet. Finish issuing it at the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity in &quot;%1&quot; must be a whole number from 1 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was changed. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainText</name>
    <message>
        <source>VIPTILL_NOW must be a local time YYYY-MM-DDTHH:MM:SS, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal code is 1 to 8 capital letters or digits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: viptillctl [--db PATH] [--terminal CODE] COMMAND ...
Commands: init, product import, counter promo, rule add, sale, return,
member register, member show, card replace, redeem, report day, demo.
See docs/cli.md for each command&apos;s options and output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>Joining needs the day&apos;s receipts; none were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member with ID number %1 already exists; one membership per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile %1 already belongs to a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 was given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is from %2; only today&apos;s receipts count for joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 was paid with a member card; its points went to that member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 has already been used to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 has been refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipts add up to %1 yuan; joining needs at least %2 yuan of today&apos;s purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1 credited on joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number shown does not match the member&apos;s file; the card cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedemptionText</name>
    <message>
        <source>Points are spent in steps of 500, at least 1000; %1 is not such a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance is %1 points; redemption waits until it is positive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeeming %1 points needs that many; the balance is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is special-price goods and cannot be a redemption gift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 lists at %2 yuan, over the %3 yuan that %4 points allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is no longer on sale and cannot be a gift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnService</name>
    <message>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not on receipt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of item %2 can still be returned from receipt %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleService</name>
    <message>
        <source>The sale has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2) has been withdrawn from sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each payment must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card and mobile payments (%1 yuan) exceed the total of %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan is still to pay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
