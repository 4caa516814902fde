<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>score::ChecklistModel</name>
    <message numerus="yes">
        <source>Section score %1 (%n item(s) scored)</source>
        <translation>
            <numerusform>Section score %1 (%n item scored)</numerusform>
            <numerusform>Section score %1 (%n items scored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::ClockNotice</name>
    <message numerus="yes">
        <source>%n record(s) re-stamped with today&apos;s date. Export a new bundle to share them.</source>
        <translation>
            <numerusform>%n record re-stamped with today&apos;s date. Export a new bundle to share it.</numerusform>
            <numerusform>%n records re-stamped with today&apos;s date. Export a new bundle to share them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::ItemPhotos</name>
    <message numerus="yes">
        <source>Add %n photo(s) to item %1</source>
        <translation>
            <numerusform>Add %n photo to item %1</numerusform>
            <numerusform>Add %n photos to item %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::LimitedLineEdit</name>
    <message numerus="yes">
        <source>The text is %n character(s) over the limit of %1: shorten it to save it.</source>
        <translation>
            <numerusform>The text is %n character over the limit of %1: shorten it to save it.</numerusform>
            <numerusform>The text is %n characters over the limit of %1: shorten it to save it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n character(s) over the limit of %2: shorten it to save it.</source>
        <translation>
            <numerusform>%1 is %n character over the limit of %2: shorten it to save it.</numerusform>
            <numerusform>%1 is %n characters over the limit of %2: shorten it to save it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) not yet in a bundle</source>
        <translation>
            <numerusform>%n change not yet in a bundle</numerusform>
            <numerusform>%n changes not yet in a bundle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;sync&quot;&gt;%n conflict(s) to review&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;sync&quot;&gt;%n conflict to review&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;sync&quot;&gt;%n conflicts to review&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::ModuleProgressModel</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::NewAssessmentDialog</name>
    <message numerus="yes">
        <source>Checklist: %1, version %2 (released %3), %n item(s).</source>
        <translation>
            <numerusform>Checklist: %1, version %2 (released %3), %n item.</numerusform>
            <numerusform>Checklist: %1, version %2 (released %3), %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::ProgrammeEditor</name>
    <message numerus="yes">
        <source>The cohort still has %n enterprise(s); move them to another cohort or delete them first.</source>
        <translation>
            <numerusform>The cohort still has %n enterprise; move it to another cohort or delete it first.</numerusform>
            <numerusform>The cohort still has %n enterprises; move them to another cohort or delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::ReportsView</name>
    <message numerus="yes">
        <source>%1 (%n enterprise(s))</source>
        <translation>
            <numerusform>%1 (%n enterprise)</numerusform>
            <numerusform>%1 (%n enterprises)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::SheetImportDialog</name>
    <message numerus="yes">
        <source>%n cell(s) or row(s) cannot be imported; nothing is imported until they are corrected in the file. Correct them, save the file and choose Read again.</source>
        <translation>
            <numerusform>%n cell or row cannot be imported; nothing is imported until it is corrected in the file. Correct it, save the file and choose Read again.</numerusform>
            <numerusform>%n cells or rows cannot be imported; nothing is imported until they are corrected in the file. Correct them, save the file and choose Read again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace already holds everything in this file (%n row(s)); importing it changes nothing.</source>
        <translation>
            <numerusform>The workspace already holds everything in this file (%n row); importing it changes nothing.</numerusform>
            <numerusform>The workspace already holds everything in this file (%n rows); importing it changes nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::VisitLogPanel</name>
    <message numerus="yes">
        <source>%1 · %n visit(s)</source>
        <translation>
            <numerusform>%1 · %n visit</numerusform>
            <numerusform>%1 · %n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::VisitPhotosPanel</name>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>Add %n photo</numerusform>
            <numerusform>Add %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::VisitView</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n action(s) agreed stay in the improvement plan.</source>
        <translation>
            <numerusform>The %n action agreed stays in the improvement plan.</numerusform>
            <numerusform>The %n actions agreed stay in the improvement plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::cli</name>
    <message numerus="yes">
        <source>Wrote the %1 report to %2 (%n page(s)) in %3 s.</source>
        <translation>
            <numerusform>Wrote the %1 report to %2 (%n page) in %3 s.</numerusform>
            <numerusform>Wrote the %1 report to %2 (%n pages) in %3 s.</numerusform>
        </translation>
    </message>
</context>
</TS>
