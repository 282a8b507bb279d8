<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AzureError</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing further was changed. Run again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Ui::MainWindow</name>
    <message>
        <source>CrossKey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::Plan</name>
    <message>
        <source>The plan has two steps with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; needs &quot;%2&quot;, which nothing before it provides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossKey::Wizard::Runner</name>
    <message>
        <source>Step &quot;%1&quot; could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; finished without making its change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved progress was set aside; the plan starts from the beginning and checks what is already in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a CrossKey progress file of a known version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists %1 steps, the plan has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; has an unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; has malformed evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>it is too large to be a progress file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunContext</name>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepStatusText</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
