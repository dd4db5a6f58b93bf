<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPane</name>
    <message>
        <location filename="../ui/history/charts.py" line="97"/>
        <source>Active days</source>
        <translation>Trainingstage</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="98"/>
        <source>Days with a session are bold and highlighted</source>
        <translation>Tage mit einer Einheit sind fett und hervorgehoben</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="102"/>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="106"/>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="113"/>
        <source>Weekly minutes against target</source>
        <translation>Minuten pro Woche im Vergleich zum Ziel</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="129"/>
        <source>Current streak: {0} day</source>
        <translation>Aktuelle Serie: {0} Tag</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="129"/>
        <source>Current streak: {0} days</source>
        <translation>Aktuelle Serie: {0} Tage</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="136"/>
        <source>all programs</source>
        <translation>alle Programme</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="137"/>
        <source>Weekly minutes ({0})</source>
        <translation>Minuten pro Woche ({0})</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="141"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="146"/>
        <source> ✓ target met</source>
        <translation> ✓ Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="147"/>
        <source>Week of {0}: {1} min, {2} sessions</source>
        <translation>Woche ab {0}: {1} Min., {2} Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="154"/>
        <source>Target: {0} sessions a week.</source>
        <translation>Ziel: {0} Einheiten pro Woche.</translation>
    </message>
</context>
<context>
    <name>AdviceBanner</name>
    <message>
        <location filename="../ui/safety/advice_banner.py" line="84"/>
        <source>EMERGENCY</source>
        <translation>NOTFALL</translation>
    </message>
    <message>
        <location filename="../ui/safety/advice_banner.py" line="85"/>
        <source>URGENT</source>
        <translation>DRINGEND</translation>
    </message>
    <message>
        <location filename="../ui/safety/advice_banner.py" line="86"/>
        <source>ADULTS ONLY</source>
        <translation>NUR FÜR ERWACHSENE</translation>
    </message>
    <message>
        <location filename="../ui/safety/advice_banner.py" line="87"/>
        <source>PLEASE NOTE</source>
        <translation>BITTE BEACHTEN</translation>
    </message>
    <message>
        <location filename="../ui/safety/advice_banner.py" line="88"/>
        <source>FOR YOUR GP</source>
        <translation>FÜR IHRE HAUSARZTPRAXIS</translation>
    </message>
    <message>
        <location filename="../ui/safety/advice_banner.py" line="97"/>
        <source>Please get checked by a doctor</source>
        <translation>Bitte lassen Sie sich ärztlich untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/safety/advice_banner.py" line="98"/>
        <source>Please speak to a doctor before you exercise with this app.</source>
        <translation>Bitte sprechen Sie mit einer Ärztin oder einem Arzt, bevor Sie mit dieser App trainieren.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/shell/boot.py" line="173"/>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/boot.py" line="174"/>
        <source>Back on Track is already open with this data folder; it has been brought forward.</source>
        <translation>Back on Track ist mit diesem Datenordner bereits geöffnet und wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>BlockedDialog</name>
    <message>
        <location filename="../ui/safety/blocked.py" line="29"/>
        <location filename="../ui/safety/blocked.py" line="30"/>
        <location filename="../ui/safety/blocked.py" line="72"/>
        <source>Your exercises are paused</source>
        <translation>Ihre Übungen sind pausiert</translation>
    </message>
    <message>
        <location filename="../ui/safety/blocked.py" line="38"/>
        <source>Earlier you told the app something that needs a doctor&apos;s check first, so sessions are paused. When a doctor or physiotherapist has seen you and said you may exercise, tick the box below. You will then answer the safety questions again.</source>
        <translation>Sie haben der App vorhin etwas mitgeteilt, das zuerst ärztlich abgeklärt werden muss; deshalb sind die Einheiten pausiert. Wenn eine Ärztin, ein Arzt oder Ihre Physiotherapie Sie untersucht hat und Sie trainieren dürfen, setzen Sie unten das Häkchen. Danach beantworten Sie die Sicherheitsfragen noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/safety/blocked.py" line="47"/>
        <source>I have been seen by a doctor or physiotherapist and may exercise</source>
        <translation>Ich wurde ärztlich oder physiotherapeutisch untersucht und darf trainieren</translation>
    </message>
    <message>
        <location filename="../ui/safety/blocked.py" line="52"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/safety/blocked.py" line="52"/>
        <source>Keep sessions paused for now</source>
        <translation>Einheiten vorerst pausiert lassen</translation>
    </message>
    <message>
        <location filename="../ui/safety/blocked.py" line="55"/>
        <source>Continue to the safety questions</source>
        <translation>Weiter zu den Sicherheitsfragen</translation>
    </message>
    <message>
        <location filename="../ui/safety/blocked.py" line="58"/>
        <source>Tick the box above first</source>
        <translation>Setzen Sie zuerst oben das Häkchen</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../ui/common/texts.py" line="15"/>
        <source>Mobility</source>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="16"/>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="17"/>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="18"/>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="19"/>
        <source>Motor control</source>
        <translation>Bewegungskontrolle</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="20"/>
        <source>Return to run</source>
        <translation>Zurück zum Laufen</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="21"/>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
</context>
<context>
    <name>CheckedDialog</name>
    <message>
        <location filename="../ui/safety/symptoms.py" line="94"/>
        <location filename="../ui/safety/symptoms.py" line="95"/>
        <source>I have been checked</source>
        <translation>Ich wurde untersucht</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="103"/>
        <source>Which of these has been checked?</source>
        <translation>Was davon wurde untersucht?</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="107"/>
        <source>Tick only what a doctor or physiotherapist has checked, and only if they said you may go back to running. The app then unlocks the return-to-running programs.</source>
        <translation>Haken Sie nur an, was eine Ärztin, ein Arzt oder Ihre Physiotherapie untersucht hat, und nur, wenn man Ihnen gesagt hat, dass Sie wieder laufen dürfen. Die App gibt dann die Programme für den Wiedereinstieg ins Laufen frei.</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="119"/>
        <source>{0} (your answer of {1})</source>
        <translation>{0} (Ihre Antwort vom {1})</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="126"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="127"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../ui/safety/checkin.py" line="33"/>
        <source>How is your back this morning, 0–10?</source>
        <translation>Wie geht es Ihrem Rücken heute Morgen, 0–10?</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="37"/>
        <source>Recorded. There is no pain score from before the session to compare with.</source>
        <translation>Gespeichert. Es gibt keinen Schmerzwert von vor der Einheit zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="41"/>
        <source>Back to your baseline: fine, carry on as planned.</source>
        <translation>Zurück auf Ihrem Ausgangswert: gut, machen Sie wie geplant weiter.</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="42"/>
        <source>A little above your baseline: keep the next session the same, do not progress yet.</source>
        <translation>Etwas über Ihrem Ausgangswert: die nächste Einheit gleich lassen, noch nicht steigern.</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="46"/>
        <source>Ease off: reduce the next session.</source>
        <translation>Zurücknehmen: die nächste Einheit verringern.</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="47"/>
        <source>Ease off: your morning pain has crept up over the last week. Reduce the next session.</source>
        <translation>Kürzer treten: Ihre Morgenschmerzen sind im Lauf der letzten Woche gestiegen. Verringern Sie die nächste Einheit.</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="73"/>
        <location filename="../ui/safety/checkin.py" line="74"/>
        <source>Morning check-in</source>
        <translation>Morgendliche Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="88"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="90"/>
        <source>You exercised on {0}. Your pain before that session: {1}.</source>
        <translation>Sie haben am {0} trainiert. Ihr Schmerz vor dieser Einheit: {1}.</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="94"/>
        <source>0 = no pain, 10 = worst pain imaginable.</source>
        <translation>0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz.</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="105"/>
        <source>Pain {0} out of 10</source>
        <translation>Schmerz {0} von 10</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="107"/>
        <source>My back is {0} out of 10 (type 0–9 or use the arrow keys)</source>
        <translation>Mein Rücken ist bei {0} von 10 (0–9 tippen oder Pfeiltasten)</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="120"/>
        <source>What to do next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="122"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="124"/>
        <source>Save this morning&apos;s score</source>
        <translation>Heutigen Morgenwert speichern</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="126"/>
        <source>Save the score and see what it means for the next session</source>
        <translation>Wert speichern und sehen, was er für die nächste Einheit bedeutet</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="130"/>
        <location filename="../ui/safety/checkin.py" line="132"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="134"/>
        <source>Skip the check-in; you will be asked again next start today</source>
        <translation>Abfrage überspringen; beim nächsten Start heute werden Sie erneut gefragt</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="136"/>
        <location filename="../ui/safety/checkin.py" line="138"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/safety/checkin.py" line="139"/>
        <source>Close the check-in</source>
        <translation>Abfrage schließen</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../ui/shell/crash.py" line="88"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../ui/shell/crash.py" line="90"/>
        <source>Back on Track hit an unexpected problem ({0}). Your session so far is kept in your history, and you can carry on. If it happens again, close and reopen the app.</source>
        <translation>Back on Track ist auf ein unerwartetes Problem gestoßen ({0}). Ihre Einheit ist bis hierher in Ihrem Verlauf gespeichert, und Sie können weitermachen. Wenn es wieder passiert, schließen Sie die App und öffnen Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../ui/shell/crash.py" line="99"/>
        <source>The details are in {0}: please send it with a bug report.</source>
        <translation>Die Einzelheiten stehen in {0}: Bitte schicken Sie die Datei mit einer Fehlermeldung.</translation>
    </message>
    <message>
        <location filename="../ui/shell/crash.py" line="104"/>
        <source>Open the log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../ui/sharing/backups.py" line="73"/>
        <source>{0} session</source>
        <translation>{0} Einheit</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="74"/>
        <source>{0} sessions</source>
        <translation>{0} Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="77"/>
        <source>a history that cannot be read</source>
        <translation>ein Verlauf, der sich nicht lesen lässt</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="83"/>
        <source>{0} check-in</source>
        <translation>{0} Morgenabfrage</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="84"/>
        <source>{0} check-ins</source>
        <translation>{0} Morgenabfragen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="91"/>
        <source>{0} program</source>
        <translation>{0} Programm</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="92"/>
        <source>{0} programs</source>
        <translation>{0} Programme</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="96"/>
        <source>{0} exercise</source>
        <translation>{0} Übung</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="97"/>
        <source>{0} exercises</source>
        <translation>{0} Übungen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="101"/>
        <source>{0} picture</source>
        <translation>{0} Bild</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="102"/>
        <source>{0} pictures</source>
        <translation>{0} Bilder</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="106"/>
        <source>your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="107"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="148"/>
        <source>Back up your data</source>
        <translation>Ihre Daten sichern</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="150"/>
        <source>Back on Track backups (*{0})</source>
        <translation>Back-on-Track-Sicherungen (*{0})</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="161"/>
        <source>Not backed up</source>
        <translation>Nicht gesichert</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="167"/>
        <source>Saved {0} in {1} ({2} MB).

Keep a copy somewhere other than this computer, such as a USB stick or your cloud storage.</source>
        <translation>{0} in {1} gesichert ({2} MB).

Bewahren Sie eine Kopie woanders als auf diesem Computer auf, etwa auf einem USB-Stick oder in Ihrem Cloud-Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="174"/>
        <source>Some files were left out; see the details.</source>
        <translation>Einige Dateien wurden ausgelassen; siehe Details.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="179"/>
        <source>Backup saved</source>
        <translation>Sicherung gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="192"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="194"/>
        <source>Backups and history exports (*{0} *.json);;All files (*)</source>
        <translation>Sicherungen und Verlaufsexporte (*{0} *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="207"/>
        <source>Restore your data?</source>
        <translation>Ihre Daten wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="209"/>
        <source>Restore and restart</source>
        <translation>Wiederherstellen und neu starten</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="220"/>
        <source>{0} cannot be restored; nothing was changed.</source>
        <translation>{0} lässt sich nicht wiederherstellen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="228"/>
        <source>…and {0} more problem (see the details).</source>
        <translation>…und {0} weiteres Problem (siehe Details).</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="229"/>
        <source>…and {0} more problems (see the details).</source>
        <translation>…und {0} weitere Probleme (siehe Details).</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="234"/>
        <location filename="../ui/sharing/backups.py" line="272"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="240"/>
        <source>Nothing is deleted: your current data is moved aside to a folder named {0}.before-restore- and the date and time, in {1}.</source>
        <translation>Nichts wird gelöscht: Ihre jetzigen Daten kommen in einen Ordner namens {0}.before-restore- mit Datum und Uhrzeit, in {1}.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="245"/>
        <source>Back on Track will close and open again to finish.</source>
        <translation>Back on Track schließt sich und öffnet sich dann wieder, um fertig zu werden.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="247"/>
        <source>Put back the history from this export?</source>
        <translation>Den Verlauf aus diesem Export zurückholen?</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="248"/>
        <source>It holds {0}. Your programs, exercises, pictures and settings stay as they are.</source>
        <translation>Er enthält {0}. Ihre Programme, Übungen, Bilder und Einstellungen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="254"/>
        <source>Replace all your data with the backup made on {0}?</source>
        <translation>Alle Ihre Daten durch die Sicherung vom {0} ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="257"/>
        <source>The backup (Back on Track {0}) holds {1}.</source>
        <translation>Die Sicherung (Back on Track {0}) enthält {1}.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="260"/>
        <source>Your data now: {0}.</source>
        <translation>Ihre Daten jetzt: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="278"/>
        <source>Your data was restored.</source>
        <translation>Ihre Daten wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="280"/>
        <source>The data it replaced is kept in {0}.</source>
        <translation>Die ersetzten Daten liegen in {0}.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="283"/>
        <source>Back on Track opens again when you close this message.</source>
        <translation>Back on Track öffnet sich wieder, sobald Sie diese Meldung schließen.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="287"/>
        <location filename="../ui/sharing/backups.py" line="293"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/sharing/backups.py" line="294"/>
        <source>Back on Track could not start again by itself: please open it.</source>
        <translation>Back on Track konnte sich nicht selbst neu starten: Bitte öffnen Sie es.</translation>
    </message>
</context>
<context>
    <name>Dosage</name>
    <message>
        <location filename="../ui/common/texts.py" line="54"/>
        <location filename="../ui/common/texts.py" line="55"/>
        <source>{0} reps</source>
        <translation>{0} Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="55"/>
        <source>{0} rep</source>
        <translation>{0} Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="60"/>
        <source>{0} set</source>
        <translation>{0} Satz</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="60"/>
        <source>{0} sets</source>
        <translation>{0} Sätze</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="62"/>
        <source>{0} of {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="64"/>
        <source>{0} s hold</source>
        <translation>{0} s halten</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="66"/>
        <source>{0} s a rep</source>
        <translation>{0} s pro Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="68"/>
        <source>each side</source>
        <translation>jede Seite</translation>
    </message>
    <message>
        <location filename="../ui/common/texts.py" line="70"/>
        <source>{0} s rest between sets</source>
        <translation>{0} s Pause zwischen den Sätzen</translation>
    </message>
</context>
<context>
    <name>DosageForm</name>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="57"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="57"/>
        <source>How many sets</source>
        <translation>Wie viele Sätze</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="59"/>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="60"/>
        <source>Reps in every set; for a different number each set, use &apos;or per set&apos;</source>
        <translation>Wiederholungen in jedem Satz; für eine andere Zahl je Satz „oder je Satz“ verwenden</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="63"/>
        <source>Reps per set</source>
        <translation>Wiederholungen je Satz</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="64"/>
        <source>A different number of reps for each set, e.g. 5-3-1 (one number per set)</source>
        <translation>Eine eigene Zahl an Wiederholungen für jeden Satz, z. B. 5-3-1 (eine Zahl pro Satz)</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="66"/>
        <source>e.g. 5-3-1</source>
        <translation>z. B. 5-3-1</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="69"/>
        <source>Hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="69"/>
        <location filename="../ui/editor/program/dosage_form.py" line="73"/>
        <location filename="../ui/editor/program/dosage_form.py" line="78"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="70"/>
        <source>Seconds each rep is held; without reps, one hold per set</source>
        <translation>Sekunden, die jede Wiederholung gehalten wird; ohne Wiederholungen eine Halteposition pro Satz</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="73"/>
        <source>Rep time</source>
        <translation>Bewegungszeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="74"/>
        <source>Seconds of movement in each rep (tempo), added to the hold</source>
        <translation>Sekunden Bewegung in jeder Wiederholung (Tempo), zusätzlich zur Haltezeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="77"/>
        <source>Rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="78"/>
        <source>Seconds of rest after every set but the last</source>
        <translation>Sekunden Pause nach jedem Satz außer dem letzten</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="81"/>
        <source>Each side</source>
        <translation>Jede Seite</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="82"/>
        <source>Do every set on the left, then on the right</source>
        <translation>Jeden Satz erst links, dann rechts machen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="85"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="86"/>
        <source>No, both sides together</source>
        <translation>Nein, beide Seiten zusammen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="87"/>
        <source>Yes, left then right</source>
        <translation>Ja, erst links, dann rechts</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="96"/>
        <source>&amp;Sets:</source>
        <translation>&amp;Sätze:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="96"/>
        <source>R&amp;est between sets:</source>
        <translation>Satz&amp;pause:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="97"/>
        <source>&amp;Reps:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="97"/>
        <source>or &amp;per set:</source>
        <translation>oder &amp;je Satz:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="98"/>
        <source>H&amp;old:</source>
        <translation>&amp;Haltezeit:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="98"/>
        <source>Rep &amp;time:</source>
        <translation>&amp;Bewegungszeit:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="106"/>
        <source>Eac&amp;h side:</source>
        <translation>Jede S&amp;eite:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="137"/>
        <location filename="../ui/editor/program/dosage_form.py" line="139"/>
        <location filename="../ui/editor/program/dosage_form.py" line="140"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="138"/>
        <source>Reps in every set; None makes each set one timed hold</source>
        <translation>Wiederholungen in jedem Satz; „Keine“ macht aus jedem Satz eine gezeitete Halteposition</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="144"/>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="145"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="154"/>
        <location filename="../ui/editor/program/dosage_form.py" line="156"/>
        <source>Default: {0}</source>
        <translation>Standard: {0}</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="156"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="156"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dosage_form.py" line="198"/>
        <source>reps per set: write whole numbers joined by &apos;-&apos;, such as 5-3-1</source>
        <translation>Wiederholungen je Satz: ganze Zahlen mit „-“ verbunden schreiben, etwa 5-3-1</translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <location filename="../ui/session/end_reasons.py" line="15"/>
        <source>You ended the session.</source>
        <translation>Sie haben die Einheit beendet.</translation>
    </message>
    <message>
        <location filename="../ui/session/end_reasons.py" line="16"/>
        <source>The session was interrupted: the app closed before it ended.</source>
        <translation>Die Einheit wurde unterbrochen: Die App wurde vor dem Ende geschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/session/end_reasons.py" line="19"/>
        <source>It ended because you reported new or worse numbness or tingling.</source>
        <translation>Sie endete, weil Sie neue oder stärkere Taubheit oder Kribbeln gemeldet haben.</translation>
    </message>
    <message>
        <location filename="../ui/session/end_reasons.py" line="22"/>
        <source>It ended because your pain spread down your leg and was above your limit.</source>
        <translation>Sie endete, weil Ihr Schmerz ins Bein ausstrahlte und über Ihrer Grenze lag.</translation>
    </message>
    <message>
        <location filename="../ui/session/end_reasons.py" line="26"/>
        <source>It ended because your pain went well above the limit for this program.</source>
        <translation>Sie endete, weil Ihr Schmerz deutlich über der Grenze dieses Programms lag.</translation>
    </message>
    <message>
        <location filename="../ui/session/end_reasons.py" line="29"/>
        <source>It ended because you reported chest pain, feeling faint or unusual breathlessness.</source>
        <translation>Sie endete, weil Sie Brustschmerzen, Schwindel oder ungewöhnliche Atemnot gemeldet haben.</translation>
    </message>
    <message>
        <location filename="../ui/session/end_reasons.py" line="34"/>
        <source>It ended because you reported a warning sign that needs urgent medical care.</source>
        <translation>Sie endete, weil Sie ein Warnzeichen gemeldet haben, das dringend ärztlich versorgt werden muss.</translation>
    </message>
    <message>
        <location filename="../ui/session/end_reasons.py" line="39"/>
        <source>It ended because of what you reported ({0}).</source>
        <translation>Sie endete wegen Ihrer Meldung ({0}).</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="36"/>
        <source>Exercise details</source>
        <translation>Übungsdetails</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="52"/>
        <location filename="../ui/library/exercise_detail.py" line="100"/>
        <source>Start position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="52"/>
        <source>End position</source>
        <translation>Endstellung</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="81"/>
        <source>Pick an exercise</source>
        <translation>Wählen Sie eine Übung</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="82"/>
        <source>Choose an exercise on the left to see how to do it.</source>
        <translation>Wählen Sie links eine Übung, um zu sehen, wie sie geht.</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="93"/>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="99"/>
        <source>Dosage</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="101"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="109"/>
        <source>Left and right</source>
        <translation>Links und rechts</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="111"/>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="112"/>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="121"/>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="122"/>
        <source>Common mistakes</source>
        <translation>Häufige Fehler</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="123"/>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="127"/>
        <source>Easier:</source>
        <translation>Leichter:</translation>
    </message>
    <message>
        <location filename="../ui/library/exercise_detail.py" line="127"/>
        <source>Harder:</source>
        <translation>Schwerer:</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="77"/>
        <source>Edit exercise</source>
        <translation>Übung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="77"/>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="31"/>
        <source>Setup</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="32"/>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="33"/>
        <source>Cue</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="34"/>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="35"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="136"/>
        <source>Exercise details</source>
        <translation>Übungsdetails</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="141"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="142"/>
        <source>What must be fixed before this exercise can be saved</source>
        <translation>Was behoben werden muss, bevor diese Übung gespeichert werden kann</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="149"/>
        <source>Sa&amp;ve exercise</source>
        <translation>Übung spe&amp;ichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="150"/>
        <source>Save the exercise to your exercises folder</source>
        <translation>Die Übung in Ihrem Übungsordner speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="154"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="154"/>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="19"/>
        <source>About the exercise</source>
        <translation>Über die Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="22"/>
        <source>Exercise name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="23"/>
        <source>The name shown in the library and the player</source>
        <translation>Der Name in der Bibliothek und in der Trainingsansicht</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="26"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="27"/>
        <source>The exercise is saved under this id; it cannot change later</source>
        <translation>Die Übung wird unter dieser Kennung gespeichert; sie lässt sich später nicht ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="32"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="33"/>
        <source>What kind of exercise it is; the library filters by this</source>
        <translation>Welche Art von Übung es ist; die Bibliothek filtert danach</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="38"/>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="39"/>
        <source>One or two sentences: what it is for</source>
        <translation>Ein oder zwei Sätze: wofür sie gut ist</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="42"/>
        <source>Start position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="43"/>
        <source>How to get into position before the first step</source>
        <translation>Wie Sie vor dem ersten Schritt in Position kommen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="46"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="47"/>
        <source>Saved as:</source>
        <translation>Gespeichert als:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="48"/>
        <source>Categor&amp;y:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="49"/>
        <source>Su&amp;mmary:</source>
        <translation>Kurzbes&amp;chreibung:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/about.py" line="50"/>
        <source>Start pos&amp;ition:</source>
        <translation>&amp;Ausgangsstellung:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="56"/>
        <source>Pictures (start and end position)</source>
        <translation>Bilder (Ausgangs- und Endstellung)</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="66"/>
        <source>Picture {0}</source>
        <translation>Bild {0}</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="67"/>
        <source>Preview of picture {0}</source>
        <translation>Vorschau von Bild {0}</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="73"/>
        <source>Choose picture…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="74"/>
        <source>Pick an SVG, PNG, JPEG or WebP file; it is copied into your data folder</source>
        <translation>Wählen Sie eine SVG-, PNG-, JPEG- oder WebP-Datei; sie wird in Ihren Datenordner kopiert</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="81"/>
        <location filename="../ui/editor/exercise/steps.py" line="68"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="82"/>
        <source>Remove picture {0}</source>
        <translation>Bild {0} entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="53"/>
        <location filename="../ui/editor/exercise/steps.py" line="58"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="59"/>
        <source>The numbered steps, in the order the player shows them</source>
        <translation>Die nummerierten Schritte in der Reihenfolge, in der die Trainingsansicht sie zeigt</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="64"/>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="65"/>
        <source>Add a step after the selected one</source>
        <translation>Einen Schritt nach dem gewählten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="69"/>
        <source>Remove the selected step</source>
        <translation>Den gewählten Schritt entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="72"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="73"/>
        <source>Move the selected step up</source>
        <translation>Den gewählten Schritt nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="76"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="77"/>
        <source>Move the selected step down</source>
        <translation>Den gewählten Schritt nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="80"/>
        <source>Step text</source>
        <translation>Schritttext</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="81"/>
        <source>What to do in this step</source>
        <translation>Was in diesem Schritt zu tun ist</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="84"/>
        <source>Step kind</source>
        <translation>Art des Schritts</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="85"/>
        <source>Setup, movement, cue, breathing or safety</source>
        <translation>Vorbereitung, Bewegung, Hinweis, Atmung oder Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="90"/>
        <source>Step seconds</source>
        <translation>Sekunden des Schritts</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="91"/>
        <source>Optional: how long this step lasts within a rep or hold</source>
        <translation>Optional: wie lange dieser Schritt innerhalb einer Wiederholung oder Halteposition dauert</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="94"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="95"/>
        <source>Not timed</source>
        <translation>Ohne Zeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="114"/>
        <source>Step te&amp;xt:</source>
        <translation>Schritt&amp;text:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="115"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="116"/>
        <source>Secon&amp;ds:</source>
        <translation>Sek&amp;unden:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="112"/>
        <source>Default dosage</source>
        <translation>Standarddosierung</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="35"/>
        <source>Tips (one per line)</source>
        <translation>Tipps (einer pro Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="38"/>
        <source>Targets</source>
        <translation>Zielbereiche</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="39"/>
        <source>Muscles or skills it works</source>
        <translation>Muskeln oder Fähigkeiten, die sie trainiert</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="40"/>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="41"/>
        <source>Helpful cues</source>
        <translation>Hilfreiche Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="42"/>
        <location filename="../ui/editor/exercise/tips.py" line="43"/>
        <source>Common mistakes</source>
        <translation>Häufige Fehler</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="44"/>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="45"/>
        <source>When to stop or take care</source>
        <translation>Wann Sie aufhören oder aufpassen sollten</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="47"/>
        <source>{0}, one per line</source>
        <translation>{0}, einer pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="52"/>
        <source>T&amp;argets:</source>
        <translation>&amp;Zielbereiche:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="53"/>
        <source>&amp;Cues:</source>
        <translation>Hi&amp;nweise:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="54"/>
        <source>Mista&amp;kes:</source>
        <translation>&amp;Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="55"/>
        <source>Cautions:</source>
        <translation>Vorsicht:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="90"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="96"/>
        <source>Easier variants</source>
        <translation>Leichtere Varianten</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="99"/>
        <source>Harder variants</source>
        <translation>Schwerere Varianten</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="104"/>
        <source>Easier:</source>
        <translation>Leichter:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="105"/>
        <source>Harder:</source>
        <translation>Schwerer:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/tips.py" line="116"/>
        <source>Tick the exercises the player may offer instead</source>
        <translation>Haken Sie die Übungen an, die die Trainingsansicht stattdessen anbieten darf</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="218"/>
        <source>{0} (mine)</source>
        <translation>{0} (eigene)</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="151"/>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/steps.py" line="152"/>
        <source>(no text yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="122"/>
        <source>{0} was not added: {1}.</source>
        <translation>{0} wurde nicht hinzugefügt: {1}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="147"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="152"/>
        <source>Cannot show
{0}</source>
        <translation>Kann nicht angezeigt werden:
{0}</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="45"/>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/pictures.py" line="47"/>
        <source>Pictures ({0})</source>
        <translation>Bilder ({0})</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="306"/>
        <source>(made from the name)</source>
        <translation>(wird aus dem Namen gebildet)</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="315"/>
        <source>No problems: ready to save.</source>
        <translation>Keine Probleme: bereit zum Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="315"/>
        <source>Fix before saving:</source>
        <translation>Vor dem Speichern beheben:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/editor.py" line="340"/>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/sides.py" line="27"/>
        <source>Left and right</source>
        <translation>Links und rechts</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/sides.py" line="31"/>
        <source>For exercises done one side at a time: the player shows and says this with the side. Leave both empty if the exercise works both sides at once.</source>
        <translation>Für Übungen, die eine Seite nach der anderen gemacht werden: Die Trainingsansicht zeigt und sagt dies zusammen mit der Seite. Lassen Sie beide Felder leer, wenn die Übung beide Seiten gleichzeitig trainiert.</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/sides.py" line="40"/>
        <source>What left means</source>
        <translation>Was links bedeutet</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/sides.py" line="41"/>
        <source>E.g. Your left knee lifts, so lie on your right side.</source>
        <translation>Z. B. Ihr linkes Knie hebt sich, legen Sie sich also auf die rechte Seite.</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/sides.py" line="44"/>
        <source>What right means</source>
        <translation>Was rechts bedeutet</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/sides.py" line="45"/>
        <source>E.g. Your right knee lifts, so lie on your left side.</source>
        <translation>Z. B. Ihr rechtes Knie hebt sich, legen Sie sich also auf die linke Seite.</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/sides.py" line="53"/>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <location filename="../ui/editor/exercise/sides.py" line="54"/>
        <source>Ri&amp;ght:</source>
        <translation>&amp;Rechts:</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../ui/sharing/handout.py" line="48"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="49"/>
        <source>Done?</source>
        <translation>Erledigt?</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="50"/>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="51"/>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="52"/>
        <source>Next morning</source>
        <translation>Nächster Morgen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="53"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="237"/>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="238"/>
        <source>{n} sessions a week</source>
        <translation>{n} Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="241"/>
        <source>Pain limit</source>
        <translation>Schmerzgrenze</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="242"/>
        <source>Stop and rest if your pain goes above {n} out of 10.</source>
        <translation>Hören Sie auf und ruhen Sie sich aus, wenn Ihr Schmerz über {n} von 10 steigt.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="247"/>
        <source>Session time</source>
        <translation>Dauer einer Einheit</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="248"/>
        <source>About {n} minutes, rests included</source>
        <translation>Etwa {n} Minuten, Pausen eingeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="250"/>
        <source>About a minute, rests included</source>
        <translation>Etwa eine Minute, Pausen eingeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="252"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="279"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="280"/>
        <source>Start position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="281"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="282"/>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="297"/>
        <source>Session log</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="299"/>
        <source>Pain is scored 0 to 10: 0 is no pain, 10 the worst imaginable.</source>
        <translation>Schmerz wird von 0 bis 10 bewertet: 0 ist kein Schmerz, 10 der schlimmste vorstellbare.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="302"/>
        <source>Next morning: your pain when you get up the day after.</source>
        <translation>Nächster Morgen: Ihr Schmerz beim Aufstehen am Tag danach.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="307"/>
        <source>Your pain limit for this program is {n} out of 10.</source>
        <translation>Ihre Schmerzgrenze für dieses Programm ist {n} von 10.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="388"/>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/sharing/handout.py" line="403"/>
        <source>Could not start writing the handout</source>
        <translation>Das Handout konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ui/safety/help.py" line="30"/>
        <location filename="../ui/safety/help.py" line="31"/>
        <source>Help and safety</source>
        <translation>Hilfe und Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="36"/>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="39"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="39"/>
        <source>Close help (Esc)</source>
        <translation>Hilfe schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="57"/>
        <source>Back on Track guides you through exercises for everyday low back pain, with pain-guided advice on when to ease off and when to do more. Version {0}.</source>
        <translation>Back on Track führt Sie durch Übungen bei alltäglichen Kreuzschmerzen, mit schmerzgeleiteten Hinweisen, wann Sie zurückschalten und wann Sie mehr machen können. Version {0}.</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="63"/>
        <source>Before every session the app asks a short safety check and how your back is right now. The first time, and whenever something new comes up, it asks the full safety questions. Answers that need a doctor first pause your sessions until you tell the app that you have been seen.</source>
        <translation>Vor jeder Einheit stellt die App einen kurzen Sicherheitscheck und fragt, wie es Ihrem Rücken gerade geht. Beim ersten Mal und immer, wenn sich etwas Neues ergibt, stellt sie alle Sicherheitsfragen. Antworten, die zuerst ärztlich abgeklärt werden müssen, pausieren Ihre Einheiten, bis Sie der App mitteilen, dass Sie untersucht wurden.</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="69"/>
        <source>Answers that only need a check soon are kept with their date, shown on the home screen and asked again after 14 days. Until a doctor or physiotherapist has checked them, the return-to-running programs stay locked. During pregnancy, exercises lying face down are replaced, and with leg pain on walking that eases when you bend forward, back-bends are replaced with bending-forward exercises.</source>
        <translation>Antworten, die nur bald abgeklärt werden sollten, werden mit ihrem Datum gespeichert, auf der Startseite angezeigt und nach 14 Tagen erneut abgefragt. Bis eine Ärztin, ein Arzt oder Ihre Physiotherapie sie abgeklärt hat, bleiben die Programme für den Wiedereinstieg ins Laufen gesperrt. In der Schwangerschaft werden Übungen in Bauchlage ersetzt, und bei Beinschmerzen beim Gehen, die beim Vorbeugen nachlassen, werden Rückbeugen durch Übungen mit Vorbeugen ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="76"/>
        <source>Each program has a pain limit. Pain from 0 to {0} is fine, up to {1} is acceptable, and above that is too much: ease off or try an easier version. Pain of {2} or more, or more than {3} above the program&apos;s limit, ends the session. Pain spreading down your leg, new numbness or tingling, or a weak leg stop the exercise or the session whatever the number says.</source>
        <translation>Jedes Programm hat eine Schmerzgrenze. Schmerz von 0 bis {0} ist in Ordnung, bis {1} vertretbar, und darüber ist es zu viel: Nehmen Sie zurück oder versuchen Sie eine leichtere Variante. Schmerz von {2} oder mehr oder mehr als {3} über der Grenze des Programms beendet die Einheit. Schmerz, der ins Bein ausstrahlt, neue Taubheit oder neues Kribbeln oder ein schwaches Bein beenden die Übung oder die Einheit, egal welche Zahl Sie angeben.</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="83"/>
        <source>If your pain before a session is above a program&apos;s starting limit, the app only ever points you to a gentler program lower down the ladder (acute relief, then mobility and core stage 1, then stage 2, then the return-to-running stages), or to rest. After a session stopped for symptoms, the app does not suggest doing more, and it asks the next morning and before the next session whether the symptoms have settled.</source>
        <translation>Liegt Ihr Schmerz vor einer Einheit über der Startgrenze eines Programms, verweist die App Sie nur auf ein sanfteres Programm weiter unten auf der Leiter (Akuthilfe, dann Beweglichkeit und Rumpfstabilität Stufe 1, dann Stufe 2, dann die Stufen für den Wiedereinstieg ins Laufen) oder auf Ruhe. Nach einer Einheit, die wegen Beschwerden beendet wurde, schlägt die App nicht vor, mehr zu machen, und fragt am nächsten Morgen und vor der nächsten Einheit, ob die Beschwerden abgeklungen sind.</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="91"/>
        <source>The pain limits follow the pain-monitoring model, which physiotherapists use with runners. It was developed and tested for tendon pain (the Achilles tendon), not for back pain: using it for back pain is an extrapolation. Your own doctor or physiotherapist may set other limits for you.</source>
        <translation>Die Schmerzgrenzen folgen dem Schmerz-Monitoring-Modell, das Physiotherapeutinnen und Physiotherapeuten bei Läuferinnen und Läufern einsetzen. Es wurde für Sehnenschmerzen (an der Achillessehne) entwickelt und geprüft, nicht für Rückenschmerzen: Die Anwendung bei Rückenschmerzen ist eine Übertragung. Ihre eigene Ärztin, Ihr Arzt oder Ihre Physiotherapie kann andere Grenzen für Sie festlegen.</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="100"/>
        <source>Rest advice could not be loaded.</source>
        <translation>Die Ruhe-Hinweise konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="103"/>
        <source>Call your local emergency number or go to A&amp;E now for: numbness between your legs or around your bottom; new trouble passing or holding urine or stools; a leg getting weaker, or a foot that drags or slaps down; symptoms in both legs; chest pain; or sudden, severe, tearing pain in your tummy or back with feeling faint.</source>
        <translation>Rufen Sie sofort den Notruf (112) oder gehen Sie in die Notaufnahme bei: Taubheit zwischen den Beinen oder am Gesäß; neuen Schwierigkeiten, Urin oder Stuhl zu lassen oder zu halten; einem Bein, das schwächer wird, oder einem Fuß, der hängen bleibt oder aufklatscht; Beschwerden in beiden Beinen; Brustschmerz; oder plötzlichem, heftigem, reißendem Schmerz im Bauch oder Rücken mit Schwächegefühl.</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="109"/>
        <source>About this app</source>
        <translation>Über diese App</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="110"/>
        <source>Not medical advice</source>
        <translation>Keine medizinische Beratung</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="111"/>
        <source>How the safety rules work</source>
        <translation>So funktionieren die Sicherheitsregeln</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="112"/>
        <source>When your back is very sore</source>
        <translation>Wenn Ihr Rücken sehr schmerzt</translation>
    </message>
    <message>
        <location filename="../ui/safety/help.py" line="113"/>
        <source>Get help now</source>
        <translation>Jetzt Hilfe holen</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../ui/history/charts.py" line="58"/>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="182"/>
        <source>Active minutes per week</source>
        <translation>Aktive Minuten pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="183"/>
        <source>Pain before and after each session</source>
        <translation>Schmerz vor und nach jeder Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="184"/>
        <source>Next-morning pain over time</source>
        <translation>Schmerz am nächsten Morgen im Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="227"/>
        <source>Active minutes per week (last {0} weeks)</source>
        <translation>Aktive Minuten pro Woche (letzte {0} Wochen)</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="229"/>
        <location filename="../ui/history/charts.py" line="242"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="235"/>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="248"/>
        <source>{0} active minutes over the last {1} weeks; this week {2} minutes.</source>
        <translation>{0} aktive Minuten in den letzten {1} Wochen; diese Woche {2} Minuten.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="257"/>
        <source>Pain before and after (last {0} sessions)</source>
        <translation>Schmerz vorher und nachher (letzte {0} Einheiten)</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="264"/>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="266"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="268"/>
        <source>Session ({0})</source>
        <translation>Einheit ({0})</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="273"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="274"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="279"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="281"/>
        <source>No sessions yet.</source>
        <translation>Noch keine Einheiten.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="283"/>
        <source>{0} sessions; last on {1}: pain {2} before, {3} after.</source>
        <translation>{0} Einheiten; zuletzt am {1}: Schmerz {2} vorher, {3} nachher.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="294"/>
        <source>Next-morning pain</source>
        <translation>Schmerz am nächsten Morgen</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="298"/>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="315"/>
        <source>Morning pain</source>
        <translation>Morgenschmerz</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="316"/>
        <source>Before the session (baseline)</source>
        <translation>Vor der Einheit (Ausgangswert)</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="321"/>
        <source>No check-ins yet.</source>
        <translation>Noch keine Morgenabfragen.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="323"/>
        <source>{0} check-ins; last on {1}: pain {2}.</source>
        <translation>{0} Morgenabfragen; zuletzt am {1}: Schmerz {2}.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/history/model.py" line="24"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/history/model.py" line="25"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../ui/history/model.py" line="26"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/history/model.py" line="27"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/history/model.py" line="28"/>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <location filename="../ui/history/model.py" line="29"/>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <location filename="../ui/history/model.py" line="40"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/history/model.py" line="41"/>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../ui/history/model.py" line="42"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/history/model.py" line="43"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/history/model.py" line="109"/>
        <source>Sort by {0}</source>
        <translation>Nach {0} sortieren</translation>
    </message>
    <message>
        <location filename="../ui/history/model.py" line="126"/>
        <source>{0}, {1} at {2}: {3}</source>
        <translation>{0}, {1} um {2}: {3}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/history/view.py" line="49"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="50"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="51"/>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="52"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="53"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="54"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="55"/>
        <source>Pain reports</source>
        <translation>Schmerzmeldungen</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="71"/>
        <location filename="../ui/history/view.py" line="239"/>
        <location filename="../ui/history/view.py" line="273"/>
        <location filename="../ui/history/view.py" line="274"/>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="79"/>
        <source>Deleted the session of {0}.</source>
        <translation>Einheit vom {0} gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="89"/>
        <source>Restored the session of {0}.</source>
        <translation>Einheit vom {0} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="131"/>
        <location filename="../ui/history/view.py" line="133"/>
        <source>History views</source>
        <translation>Verlaufsansichten</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="132"/>
        <source>Sessions, calendar and charts</source>
        <translation>Einheiten, Kalender und Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="141"/>
        <source>Sess&amp;ions</source>
        <translation>E&amp;inheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="142"/>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="143"/>
        <source>Char&amp;ts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="146"/>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="168"/>
        <source>Filter by program</source>
        <translation>Nach Programm filtern</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="169"/>
        <source>Show one program&apos;s sessions</source>
        <translation>Einheiten eines Programms anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="171"/>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="175"/>
        <source>&amp;Dates</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="175"/>
        <source>Limit to a date range</source>
        <translation>Auf einen Zeitraum beschränken</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="176"/>
        <source>Only show sessions between the two dates</source>
        <translation>Nur Einheiten zwischen den beiden Daten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="182"/>
        <source>From date</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="183"/>
        <source>First day to show</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="186"/>
        <source>To date</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="186"/>
        <source>Last day to show</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="194"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="194"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="195"/>
        <source>Save sessions and exercise rows as CSV files for a spreadsheet</source>
        <translation>Einheiten und Übungszeilen als CSV-Dateien für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="198"/>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="198"/>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="199"/>
        <source>Save the whole history as one JSON file</source>
        <translation>Den ganzen Verlauf als eine JSON-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="202"/>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;gramm:</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="206"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="219"/>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="220"/>
        <source>Past sessions; click a column title to sort, Delete removes the selected session</source>
        <translation>Vergangene Einheiten; Spaltentitel anklicken zum Sortieren, Entf löscht die gewählte Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="248"/>
        <location filename="../ui/history/view.py" line="364"/>
        <source>Select a session to see its exercises.</source>
        <translation>Wählen Sie eine Einheit, um ihre Übungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="250"/>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="255"/>
        <source>Exercises in this session</source>
        <translation>Übungen dieser Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="255"/>
        <source>Planned against done for each exercise</source>
        <translation>Geplant und erledigt für jede Übung</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="262"/>
        <source>Session notes</source>
        <translation>Notizen zur Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="263"/>
        <source>Your notes about this session</source>
        <translation>Ihre Notizen zu dieser Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="268"/>
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="269"/>
        <source>Save the notes of this session</source>
        <translation>Die Notizen dieser Einheit speichern</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="274"/>
        <source>Delete this session (you can undo it)</source>
        <translation>Diese Einheit löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="278"/>
        <location filename="../ui/history/view.py" line="280"/>
        <location filename="../ui/history/view.py" line="284"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="281"/>
        <source>Undo the last delete (Ctrl+Z)</source>
        <translation>Letztes Löschen rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="288"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="366"/>
        <source>{0}, {1}: {2}, {3} % done, {4} active, {5} paused.</source>
        <translation>{0}, {1}: {2}, {3} % erledigt, {4} aktiv, {5} pausiert.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="374"/>
        <source>Pain {0}, effort {1}.</source>
        <translation>Schmerz {0}, Anstrengung {1}.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="380"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="384"/>
        <source>{0} at {1}</source>
        <translation>{0} bei {1}</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="393"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="393"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="395"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="409"/>
        <source>Notes saved.</source>
        <translation>Notizen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="425"/>
        <source>Export sessions as CSV</source>
        <translation>Einheiten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="427"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="433"/>
        <location filename="../ui/history/view.py" line="451"/>
        <source>Could not export: {0}</source>
        <translation>Export nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="436"/>
        <source>Exported {0} and {1}.</source>
        <translation>{0} und {1} exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="443"/>
        <source>Export history as JSON</source>
        <translation>Verlauf als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="445"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/history/view.py" line="453"/>
        <source>Exported {0}.</source>
        <translation>{0} exportiert.</translation>
    </message>
</context>
<context>
    <name>HurtDialog</name>
    <message>
        <location filename="../ui/safety/hurt.py" line="73"/>
        <source>It hurts</source>
        <translation>Es tut weh</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="74"/>
        <source>It hurts: what is happening?</source>
        <translation>Es tut weh: Was passiert gerade?</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="92"/>
        <source>Never mind, carry on</source>
        <translation>Schon gut, weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="95"/>
        <source>Go back to the exercise without changing anything (Esc)</source>
        <translation>Ohne Änderung zur Übung zurück (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="98"/>
        <source>Change my answers</source>
        <translation>Antworten ändern</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="98"/>
        <source>Go back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="101"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="101"/>
        <source>See what to do next (Enter)</source>
        <translation>Sehen, wie es weitergeht (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="130"/>
        <source>The pain is spreading down my leg (further than before)</source>
        <translation>Der Schmerz strahlt ins Bein aus (weiter als vorher)</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="131"/>
        <source>New or worse numbness or tingling in a leg or foot</source>
        <translation>Neue oder stärkere Taubheit oder Kribbeln in einem Bein oder Fuß</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="132"/>
        <source>A leg or foot feels weak, drags, slaps down or gives way</source>
        <translation>Ein Bein oder Fuß ist schwach, schleift, klatscht auf oder knickt weg</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="133"/>
        <source>Pain, numbness or tingling in both legs</source>
        <translation>Schmerzen, Taubheit oder Kribbeln in beiden Beinen</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="134"/>
        <source>The pain is sharp, stabbing or catching</source>
        <translation>Der Schmerz ist scharf, stechend oder blockierend</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="136"/>
        <source>Numbness around my bottom or genitals, or a change in bladder or bowel control</source>
        <translation>Taubheit am Gesäß oder im Genitalbereich oder Veränderungen bei Blase oder Darm</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="138"/>
        <source>Chest pain, feeling faint, or unusually out of breath</source>
        <translation>Brustschmerz, Schwächegefühl oder ungewöhnliche Atemnot</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="143"/>
        <source>What is happening?</source>
        <translation>Was passiert gerade?</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="145"/>
        <source>During: {0}</source>
        <translation>Während: {0}</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="147"/>
        <source>How much does it hurt right now?</source>
        <translation>Wie stark ist der Schmerz gerade?</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="150"/>
        <source>Your limit for this program is {0} out of 10.</source>
        <translation>Ihre Grenze für dieses Programm ist {0} von 10.</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="156"/>
        <source>Tick anything that is true right now:</source>
        <translation>Kreuzen Sie alles an, was gerade zutrifft:</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="167"/>
        <source>What to do next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="238"/>
        <source>OK TO CARRY ON</source>
        <translation>WEITERMACHEN OK</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="239"/>
        <source>EASE OFF</source>
        <translation>LEICHTER MACHEN</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="240"/>
        <source>STOP THIS EXERCISE</source>
        <translation>DIESE ÜBUNG BEENDEN</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="241"/>
        <source>STOP FOR TODAY</source>
        <translation>FÜR HEUTE AUFHÖREN</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="242"/>
        <source>EMERGENCY</source>
        <translation>NOTFALL</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="248"/>
        <source>Carry on</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="249"/>
        <source>Switch to the easier version</source>
        <translation>Zur leichteren Variante wechseln</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="250"/>
        <source>Skip this exercise</source>
        <translation>Diese Übung überspringen</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="251"/>
        <location filename="../ui/safety/hurt.py" line="252"/>
        <source>End the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="262"/>
        <source>Your sessions are paused until you tell the app that a doctor has checked you.</source>
        <translation>Ihre Einheiten sind pausiert, bis Sie der App mitteilen, dass eine Ärztin oder ein Arzt Sie untersucht hat.</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="267"/>
        <source>You are already doing the easier version, so skip this exercise for now.</source>
        <translation>Sie machen schon die leichtere Variante; überspringen Sie diese Übung vorerst.</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="269"/>
        <source>This exercise has no easier version, so skip it for now.</source>
        <translation>Für diese Übung gibt es keine leichtere Variante; überspringen Sie sie vorerst.</translation>
    </message>
    <message>
        <location filename="../ui/safety/hurt.py" line="290"/>
        <source>Choose a number from 0 to 10 first.</source>
        <translation>Wählen Sie zuerst eine Zahl von 0 bis 10.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="85"/>
        <location filename="../ui/sharing/dialogs.py" line="86"/>
        <source>Import a program</source>
        <translation>Ein Programm importieren</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="109"/>
        <source>Exercises in the file</source>
        <translation>Übungen in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="110"/>
        <source>Your own exercises that come with this program</source>
        <translation>Ihre eigenen Übungen, die mit diesem Programm kommen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="117"/>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="118"/>
        <source>Each problem: file:line: field: what is wrong</source>
        <translation>Jedes Problem: Datei:Zeile: Feld: was nicht stimmt</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="121"/>
        <location filename="../ui/sharing/dialogs.py" line="123"/>
        <source>Names already in use</source>
        <translation>Namen, die schon vergeben sind</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="124"/>
        <source>Choose what to do with each one</source>
        <translation>Wählen Sie, was mit jedem geschehen soll</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="135"/>
        <source>Why the import failed</source>
        <translation>Warum der Import fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="137"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="139"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="140"/>
        <source>Add this program and its exercises to yours</source>
        <translation>Dieses Programm und seine Übungen zu Ihren hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="142"/>
        <location filename="../ui/sharing/dialogs.py" line="144"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="145"/>
        <source>Close without importing anything</source>
        <translation>Schließen, ohne etwas zu importieren</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="163"/>
        <source>This file holds no program that can be read.</source>
        <translation>Diese Datei enthält kein lesbares Programm.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="165"/>
        <source>Program: {0}</source>
        <translation>Programm: {0}</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="169"/>
        <source>It brings these exercises of its own:</source>
        <translation>Es bringt diese eigenen Übungen mit:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="176"/>
        <source>(you already have it)</source>
        <translation>(haben Sie schon)</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="191"/>
        <source>This file cannot be imported. Nothing was changed. Problems found: {0}</source>
        <translation>Diese Datei lässt sich nicht importieren. Nichts wurde geändert. Gefundene Probleme: {0}</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="214"/>
        <source>Rename to {0}</source>
        <translation>Umbenennen in {0}</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="215"/>
        <source>Keep yours and add this one as &apos;{0}&apos;</source>
        <translation>Ihre Version behalten und diese als „{0}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="218"/>
        <source>Replace mine</source>
        <translation>Meine ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="219"/>
        <source>Use the one from the file instead of yours</source>
        <translation>Die Version aus der Datei statt Ihrer verwenden</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="222"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="223"/>
        <source>Keep yours and leave this one out</source>
        <translation>Ihre Version behalten und diese weglassen</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="246"/>
        <source>A program called “{0}” already exists:</source>
        <translation>Ein Programm namens „{0}“ gibt es schon:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="249"/>
        <source>An exercise called “{0}” already exists:</source>
        <translation>Eine Übung namens „{0}“ gibt es schon:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="266"/>
        <source>Nothing was imported: {0}</source>
        <translation>Nichts wurde importiert: {0}</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="39"/>
        <source>Rest after this exercise</source>
        <translation>Pause nach dieser Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="40"/>
        <source>Rest after this exercise instead of the program&apos;s rest between exercises</source>
        <translation>Pause nach dieser Übung statt der Pause des Programms zwischen den Übungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="43"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="46"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="47"/>
        <source>A reminder shown in the player during this exercise</source>
        <translation>Ein Hinweis, der während dieser Übung in der Trainingsansicht steht</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="49"/>
        <source>Optional, e.g. swap the leading side each set</source>
        <translation>Optional, z. B. bei jedem Satz die Anfangsseite wechseln</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="51"/>
        <source>Rest a&amp;fter:</source>
        <translation>Pa&amp;use danach:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="52"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="69"/>
        <source>Selected exercise: none</source>
        <translation>Gewählte Übung: keine</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="73"/>
        <source>Selected exercise: {0}</source>
        <translation>Gewählte Übung: {0}</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="78"/>
        <source>Default: {0} s</source>
        <translation>Standard: {0} s</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../ui/library/browser.py" line="48"/>
        <source>Search exercises…</source>
        <translation>Übungen suchen…</translation>
    </message>
    <message>
        <location filename="../ui/library/browser.py" line="49"/>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/library/browser.py" line="50"/>
        <source>Words from the name, summary or targeted body parts</source>
        <translation>Wörter aus Name, Kurzbeschreibung oder Körperregion</translation>
    </message>
    <message>
        <location filename="../ui/library/browser.py" line="54"/>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <location filename="../ui/library/browser.py" line="55"/>
        <source>Show only one kind of exercise</source>
        <translation>Nur eine Art von Übungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/library/browser.py" line="62"/>
        <source>New e&amp;xercise…</source>
        <translation>&amp;Neue Übung…</translation>
    </message>
    <message>
        <location filename="../ui/library/browser.py" line="64"/>
        <source>Write your own exercise</source>
        <translation>Eine eigene Übung schreiben</translation>
    </message>
    <message>
        <location filename="../ui/library/browser.py" line="98"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/library/browser.py" line="59"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="73"/>
        <source>Back on Track: back rehab for runners</source>
        <translation>Back on Track: Rückentraining für Läufer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="92"/>
        <location filename="../ui/shell/main_window.py" line="93"/>
        <source>Main sections</source>
        <translation>Hauptbereiche</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="211"/>
        <source>P&amp;roblems ({0})</source>
        <translation>P&amp;robleme ({0})</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="113"/>
        <location filename="../ui/shell/main_window.py" line="211"/>
        <source>P&amp;roblems</source>
        <translation>P&amp;robleme</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="110"/>
        <source>&amp;Programs</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="111"/>
        <source>&amp;Exercise library</source>
        <translation>Übungs&amp;bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="114"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="216"/>
        <source>{0} problem(s) in exercise or program files; see the Problems tab.</source>
        <translation>{0} Problem(e) in Übungs- oder Programmdateien; siehe Reiter Probleme.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="250"/>
        <source>Your history is not available this time.</source>
        <translation>Ihr Verlauf ist diesmal nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="303"/>
        <source>Your settings could not be saved ({0}); they hold until you close the app.</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden ({0}); sie gelten, bis Sie die App schließen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="112"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../ui/common/pain_scale.py" line="174"/>
        <source>Pain from 0 to 10</source>
        <translation>Schmerz von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="176"/>
        <source>0 means no pain and 10 means the worst pain you can imagine.</source>
        <translation>0 bedeutet kein Schmerz und 10 der stärkste Schmerz, den Sie sich vorstellen können.</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="179"/>
        <source>Click a number, or type it. The Left and Right arrow keys move the choice.</source>
        <translation>Klicken oder tippen Sie eine Zahl. Die Pfeiltasten links und rechts verschieben die Auswahl.</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="201"/>
        <source>Pain {0} of 10</source>
        <translation>Schmerz {0} von 10</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="212"/>
        <source>0 = no pain, 10 = worst pain you can imagine</source>
        <translation>0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="254"/>
        <source>no pain (green)</source>
        <translation>kein Schmerz (grün)</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="257"/>
        <source>mild, fine to exercise (green)</source>
        <translation>leicht, Üben ist in Ordnung (grün)</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="259"/>
        <source>moderate, acceptable (amber)</source>
        <translation>mäßig, noch akzeptabel (gelb)</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="261"/>
        <source>severe, stop (red)</source>
        <translation>stark, hör auf (rot)</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="262"/>
        <source>too much, ease off (red)</source>
        <translation>zu viel, nimm zurück (rot)</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="320"/>
        <source>{0} out of 10: {1}</source>
        <translation>{0} von 10: {1}</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="324"/>
        <source>Nothing chosen yet.</source>
        <translation>Noch nichts gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="326"/>
        <source>You chose {0}</source>
        <translation>Ihre Wahl: {0}</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../ui/session/player.py" line="36"/>
        <location filename="../ui/session/player.py" line="346"/>
        <source>GET READY</source>
        <translation>BEREITMACHEN</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="37"/>
        <source>WORK</source>
        <translation>ÜBEN</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="38"/>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="39"/>
        <location filename="../ui/session/player.py" line="40"/>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="74"/>
        <source>Session player</source>
        <translation>Trainingsansicht</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="98"/>
        <source>Session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="112"/>
        <source>Set, repetition and side</source>
        <translation>Satz, Wiederholung und Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="116"/>
        <source>Which side</source>
        <translation>Welche Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="129"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="145"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="149"/>
        <source>Progress of this part</source>
        <translation>Fortschritt dieses Abschnitts</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="164"/>
        <source>Cues and cautions</source>
        <translation>Hinweise und Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="48"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="49"/>
        <source>Start the session (Space)</source>
        <translation>Einheit starten (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="52"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="53"/>
        <source>Previous part; twice to restart the exercise (Left)</source>
        <translation>Vorheriger Abschnitt; zweimal: Übung neu beginnen (Links)</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="57"/>
        <location filename="../ui/session/player_controls.py" line="167"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="58"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="61"/>
        <source>Skip</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="62"/>
        <source>Skip this part (Right)</source>
        <translation>Diesen Abschnitt überspringen (Rechts)</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="65"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="66"/>
        <source>Finished these reps (Enter)</source>
        <translation>Diese Wiederholungen erledigt (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="69"/>
        <source>It hurts</source>
        <translation>Es tut weh</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="70"/>
        <source>Tell the app what you feel; it pauses first (H)</source>
        <translation>Sagen Sie der App, was Sie spüren; sie pausiert zuerst (H)</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="74"/>
        <source>Cues &amp;&amp; cautions</source>
        <translation>Hinweise &amp;&amp; Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="75"/>
        <source>Show tips and cautions for this exercise (C)</source>
        <translation>Tipps und Warnhinweise zu dieser Übung zeigen (C)</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="79"/>
        <location filename="../ui/session/player_controls.py" line="179"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="80"/>
        <source>Sound and voice on or off (M)</source>
        <translation>Töne und Stimme ein oder aus (M)</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="84"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="85"/>
        <source>Full screen on or off (F or F11)</source>
        <translation>Vollbild ein oder aus (F oder F11)</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="89"/>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="90"/>
        <source>End the session; asks first (Esc)</source>
        <translation>Einheit beenden; fragt vorher (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="179"/>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="229"/>
        <source>Exercise {0} of {1}</source>
        <translation>Übung {0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="54"/>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="55"/>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="56"/>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="79"/>
        <source>set {0} of {1}</source>
        <translation>Satz {0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="83"/>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <location filename="../ui/session/player_picture.py" line="63"/>
        <source>{0}, end position</source>
        <translation>{0}, Endstellung</translation>
    </message>
    <message>
        <location filename="../ui/session/player_picture.py" line="65"/>
        <source>{0}, start position</source>
        <translation>{0}, Ausgangsstellung</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="316"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>Schritt {0} von {1}: {2}</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="322"/>
        <location filename="../ui/session/player.py" line="370"/>
        <source>{0} seconds left</source>
        <translation>noch {0} Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/session/player_controls.py" line="167"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="334"/>
        <source>{0} left</source>
        <translation>noch {0}</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="336"/>
        <source>{0} left in the session</source>
        <translation>noch {0} in dieser Einheit</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="344"/>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="348"/>
        <source>PRESS START</source>
        <translation>START DRÜCKEN</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="351"/>
        <source>Phase: {0}</source>
        <translation>Phase: {0}</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="361"/>
        <source>Do {0} reps at your own pace, then press Done (Enter).</source>
        <translation>Machen Sie {0} Wiederholungen in Ihrem Tempo und drücken Sie dann Fertig (Eingabe).</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="365"/>
        <source>Press Space when you are on your mat.</source>
        <translation>Drücken Sie die Leertaste, wenn Sie auf der Matte sind.</translation>
    </message>
    <message>
        <location filename="../ui/session/player.py" line="368"/>
        <source>{0} elapsed</source>
        <translation>{0} vergangen</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="17"/>
        <source>Get ready: {0}</source>
        <translation>Bereitmachen: {0}</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="19"/>
        <source>Switch sides: {0}</source>
        <translation>Seite wechseln: {0}</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="21"/>
        <source>Rest before set {0} of {1}</source>
        <translation>Pause vor Satz {0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="25"/>
        <source>Rest before the next exercise</source>
        <translation>Pause vor der nächsten Übung</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="26"/>
        <source>Set {0} of {1}</source>
        <translation>Satz {0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="28"/>
        <source>LEFT side</source>
        <translation>LINKE Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="30"/>
        <source>RIGHT side</source>
        <translation>RECHTE Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="32"/>
        <source>rep {0} of {1}</source>
        <translation>Wdh. {0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="34"/>
        <source>{0} reps</source>
        <translation>{0} Wdh.</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="36"/>
        <source>hold {0} s</source>
        <translation>{0} s halten</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="45"/>
        <source>LEFT: {0}</source>
        <translation>LINKS: {0}</translation>
    </message>
    <message>
        <location filename="../ui/session/player_text.py" line="46"/>
        <source>RIGHT: {0}</source>
        <translation>RECHTS: {0}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../ui/home/problems_panel.py" line="23"/>
        <source>Problems in exercise and program files</source>
        <translation>Probleme in Übungs- und Programmdateien</translation>
    </message>
    <message>
        <location filename="../ui/home/problems_panel.py" line="37"/>
        <source>{0} problem(s) in your files. Files with problems were skipped; everything else loaded. Fix the file and restart, or run &apos;rehab-app validate&apos;.</source>
        <translation>{0} Problem(e) in Ihren Dateien. Dateien mit Problemen wurden übersprungen, alles andere ist geladen. Korrigieren Sie die Datei und starten Sie neu, oder führen Sie &apos;rehab-app validate&apos; aus.</translation>
    </message>
    <message>
        <location filename="../ui/home/problems_panel.py" line="42"/>
        <source>All exercise and program files loaded without problems.</source>
        <translation>Alle Übungs- und Programmdateien wurden ohne Probleme geladen.</translation>
    </message>
</context>
<context>
    <name>ProgramActionBar</name>
    <message>
        <location filename="../ui/home/action_bar.py" line="24"/>
        <source>Edi&amp;t…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location filename="../ui/home/action_bar.py" line="26"/>
        <source>Change this program; a shipped one becomes your own copy</source>
        <translation>Dieses Programm ändern; ein mitgeliefertes wird zu Ihrer eigenen Kopie</translation>
    </message>
    <message>
        <location filename="../ui/home/action_bar.py" line="30"/>
        <source>&amp;New program…</source>
        <translation>&amp;Neues Programm…</translation>
    </message>
    <message>
        <location filename="../ui/home/action_bar.py" line="30"/>
        <source>Build your own program</source>
        <translation>Ein eigenes Programm zusammenstellen</translation>
    </message>
    <message>
        <location filename="../ui/home/action_bar.py" line="33"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/home/action_bar.py" line="35"/>
        <source>Add a program a physio shared with you (.rehab file)</source>
        <translation>Ein Programm hinzufügen, das Ihnen eine Physiotherapeutin geschickt hat (.rehab-Datei)</translation>
    </message>
    <message>
        <location filename="../ui/home/action_bar.py" line="39"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/home/action_bar.py" line="41"/>
        <source>Share this program with its own exercises and pictures</source>
        <translation>Dieses Programm mit seinen eigenen Übungen und Bildern weitergeben</translation>
    </message>
    <message>
        <location filename="../ui/home/action_bar.py" line="45"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location filename="../ui/home/action_bar.py" line="47"/>
        <source>A printable handout with a log table</source>
        <translation>Ein druckbares Handout mit Protokolltabelle</translation>
    </message>
    <message>
        <location filename="../ui/home/action_bar.py" line="51"/>
        <source>&amp;Flare-up day</source>
        <translation>&amp;Schmerzschub-Tag</translation>
    </message>
    <message>
        <location filename="../ui/home/action_bar.py" line="53"/>
        <source>Start today&apos;s session with the easier version of each exercise</source>
        <translation>Die heutige Einheit mit der leichteren Variante jeder Übung beginnen</translation>
    </message>
</context>
<context>
    <name>ProgramActions</name>
    <message>
        <location filename="../ui/home/actions.py" line="95"/>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/home/actions.py" line="133"/>
        <location filename="../ui/home/actions.py" line="140"/>
        <source>&amp;Flare-up day</source>
        <translation>&amp;Schmerzschub-Tag</translation>
    </message>
    <message>
        <location filename="../ui/home/actions.py" line="142"/>
        <source>&amp;Flare-up day ({0})</source>
        <translation>&amp;Schmerzschub-Tag ({0})</translation>
    </message>
    <message>
        <location filename="../ui/home/actions.py" line="145"/>
        <source>Start today&apos;s session with the easier version of each exercise: {0} instead of {1}, never more reps than usual</source>
        <translation>Die heutige Einheit mit der leichteren Version jeder Übung beginnen: {0} statt {1}, nie mehr Wiederholungen als sonst</translation>
    </message>
    <message>
        <location filename="../ui/home/actions.py" line="190"/>
        <source>Noted. Here is your next stage: {0}.</source>
        <translation>Vermerkt. Hier ist Ihre nächste Stufe: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/home/actions.py" line="196"/>
        <source>Change saved to your program.</source>
        <translation>Änderung in Ihrem Programm gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProgramDocument</name>
    <message>
        <location filename="../ui/editor/program/document.py" line="76"/>
        <source>Delete program</source>
        <translation>Programm löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="150"/>
        <source>My program</source>
        <translation>Mein Programm</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="155"/>
        <source>My own routine.</source>
        <translation>Meine eigene Routine.</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="157"/>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="206"/>
        <source>Add {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="216"/>
        <source>Remove {0}</source>
        <translation>{0} entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="227"/>
        <source>Move {0}</source>
        <translation>{0} verschieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="248"/>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="249"/>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="250"/>
        <source>hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="251"/>
        <source>rep time</source>
        <translation>Bewegungszeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="252"/>
        <source>rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="253"/>
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="254"/>
        <source>rest after</source>
        <translation>Pause danach</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="255"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="258"/>
        <source>Change {0} of {1}</source>
        <translation>{0} von {1} ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="268"/>
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="279"/>
        <source>Fix the problems below before saving.</source>
        <translation>Beheben Sie die Probleme unten vor dem Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/document.py" line="294"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../ui/editor/program/editor.py" line="53"/>
        <source>Program editor</source>
        <translation>Programmeditor</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="96"/>
        <source>{0} (my copy)</source>
        <translation>{0} (meine Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="113"/>
        <source>{0} (copy)</source>
        <translation>{0} (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="118"/>
        <source>This is a new copy; save it to keep it.</source>
        <translation>Dies ist eine neue Kopie; speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="123"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="132"/>
        <source>Fix the problems below before saving.</source>
        <translation>Beheben Sie die Probleme unten vor dem Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="200"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="201"/>
        <source>What must be fixed before this program can be saved</source>
        <translation>Was behoben werden muss, bevor dieses Programm gespeichert werden kann</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="33"/>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="34"/>
        <source>How long a session of this program takes, rests included</source>
        <translation>Wie lange eine Einheit dieses Programms dauert, Pausen eingeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/items.py" line="35"/>
        <location filename="../ui/editor/program/items.py" line="38"/>
        <source>Exercises in this program</source>
        <translation>Übungen in diesem Programm</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/items.py" line="39"/>
        <source>Drag to reorder, or Ctrl+Up / Ctrl+Down; Delete removes</source>
        <translation>Zum Umsortieren ziehen oder Strg+Hoch / Strg+Runter; Entf entfernt</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/items.py" line="53"/>
        <location filename="../ui/editor/program/items.py" line="87"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/items.py" line="54"/>
        <source>Move the selected exercise up (Ctrl+Up)</source>
        <translation>Die gewählte Übung nach oben verschieben (Strg+Hoch)</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/items.py" line="57"/>
        <location filename="../ui/editor/program/items.py" line="91"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/items.py" line="58"/>
        <source>Move the selected exercise down (Ctrl+Down)</source>
        <translation>Die gewählte Übung nach unten verschieben (Strg+Runter)</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/items.py" line="61"/>
        <location filename="../ui/editor/program/items.py" line="95"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/items.py" line="62"/>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Die gewählte Übung entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/items.py" line="70"/>
        <source>No exercises yet. Pick one in “Add exercise” and press Add or Enter.</source>
        <translation>Noch keine Übungen. Wählen Sie eine unter „Übung hinzufügen“ und drücken Sie Hinzufügen oder die Eingabetaste.</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="39"/>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="44"/>
        <source>Search exercises to add</source>
        <translation>Übungen zum Hinzufügen suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="45"/>
        <source>Type part of a name; Enter adds the selected match</source>
        <translation>Tippen Sie einen Teil des Namens; die Eingabetaste fügt den gewählten Treffer hinzu</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="47"/>
        <source>Search exercises…</source>
        <translation>Übungen suchen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="51"/>
        <source>Category of exercises to add</source>
        <translation>Kategorie der Übungen zum Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="52"/>
        <source>Show only one kind of exercise</source>
        <translation>Nur eine Art von Übungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="54"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="58"/>
        <source>Exercises you can add</source>
        <translation>Übungen, die Sie hinzufügen können</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="59"/>
        <source>Double-click or press Enter to add the exercise</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um die Übung hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="63"/>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="64"/>
        <source>Add the selected exercise to the program</source>
        <translation>Die gewählte Übung zum Programm hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="67"/>
        <source>New e&amp;xercise…</source>
        <translation>&amp;Neue Übung…</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="68"/>
        <source>Create your own exercise</source>
        <translation>Eine eigene Übung anlegen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="71"/>
        <source>E&amp;dit exercise…</source>
        <translation>Übung bearbe&amp;iten…</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="72"/>
        <source>Change one of your own exercises</source>
        <translation>Eine Ihrer eigenen Übungen ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/details.py" line="26"/>
        <source>Selected exercise and program settings</source>
        <translation>Gewählte Übung und Programmeinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="248"/>
        <location filename="../ui/editor/program/header.py" line="57"/>
        <location filename="../ui/editor/program/header.py" line="59"/>
        <location filename="../ui/editor/program/header.py" line="144"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="249"/>
        <location filename="../ui/editor/program/header.py" line="63"/>
        <location filename="../ui/editor/program/header.py" line="65"/>
        <location filename="../ui/editor/program/header.py" line="149"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="250"/>
        <location filename="../ui/editor/program/header.py" line="69"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="251"/>
        <location filename="../ui/editor/program/header.py" line="71"/>
        <source>Save the program</source>
        <translation>Das Programm speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dialogs.py" line="19"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/dialogs.py" line="20"/>
        <source>Save your changes to “{0}”?</source>
        <translation>Ihre Änderungen an „{0}“ speichern?</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/picker.py" line="101"/>
        <source> · yours</source>
        <translation> · eigenes</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="41"/>
        <source>&amp;New program</source>
        <translation>Neues Pr&amp;ogramm</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="43"/>
        <source>Start a new, empty program</source>
        <translation>Ein neues, leeres Programm beginnen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="47"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="49"/>
        <source>Make a copy of this program</source>
        <translation>Eine Kopie dieses Programms anlegen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="53"/>
        <source>De&amp;lete program</source>
        <translation>Programm &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="53"/>
        <source>Delete your program file (you can undo it)</source>
        <translation>Ihre Programmdatei löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="75"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="77"/>
        <source>Close the editor</source>
        <translation>Den Editor schließen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="102"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="102"/>
        <source>Put the program file back (Ctrl+Z)</source>
        <translation>Die Programmdatei zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="113"/>
        <source>This is your copy of {0}; the original stays as it was.</source>
        <translation>Dies ist Ihre Kopie von {0}; das Original bleibt, wie es war.</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="118"/>
        <source>Total {0} · {1} exercise(s)</source>
        <translation>Gesamt {0} · {1} Übung(en)</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="122"/>
        <source>No exercises yet</source>
        <translation>Noch keine Übungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="128"/>
        <source>“{0}” was deleted. Undo (Ctrl+Z) puts it back.</source>
        <translation>„{0}“ wurde gelöscht. Rückgängig (Strg+Z) holt es zurück.</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="142"/>
        <source>Undo {0}</source>
        <translation>Rückgängig: {0}</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="147"/>
        <source>Redo {0}</source>
        <translation>Wiederholen: {0}</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="153"/>
        <source> (not saved)</source>
        <translation> (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/header.py" line="154"/>
        <source>Untitled program</source>
        <translation>Programm ohne Namen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="384"/>
        <source>No problems: ready to save.</source>
        <translation>Keine Probleme: bereit zum Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="384"/>
        <source>Fix before saving:</source>
        <translation>Vor dem Speichern beheben:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/editor.py" line="376"/>
        <source>Exercise {0} ({1})</source>
        <translation>Übung {0} ({1})</translation>
    </message>
</context>
<context>
    <name>ProgramItemsModel</name>
    <message>
        <location filename="../ui/editor/program/model.py" line="129"/>
        <source>unknown exercise</source>
        <translation>unbekannte Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/model.py" line="151"/>
        <source>, has a problem</source>
        <translation>, hat ein Problem</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <location filename="../ui/home/programs_page.py" line="66"/>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="68"/>
        <source>Each program with its stage, total time and when you last did it</source>
        <translation>Jedes Programm mit Phase, Gesamtdauer und wann Sie es zuletzt gemacht haben</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="111"/>
        <source>Program details</source>
        <translation>Programmdetails</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="70"/>
        <location filename="../ui/home/programs_page.py" line="72"/>
        <source>Start session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="73"/>
        <source>Start the selected program (Enter)</source>
        <translation>Das gewählte Programm starten (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="240"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="239"/>
        <source> · yours</source>
        <translation> · eigenes</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="241"/>
        <source>{0} · {1} · last done {2}</source>
        <translation>{0} · {1} · zuletzt {2}</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="215"/>
        <source>No programs loaded.</source>
        <translation>Keine Programme geladen.</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="251"/>
        <source>{0} · {1} · {2}× a week · pain limit {3}/10</source>
        <translation>{0} · {1} · {2}× pro Woche · Schmerzgrenze {3}/10</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="218"/>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="263"/>
        <source>Start {0} ({1}) (Enter)</source>
        <translation>{0} starten ({1}) (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/home/programs_page.py" line="264"/>
        <source>Starts {0}</source>
        <translation>Startet {0}</translation>
    </message>
</context>
<context>
    <name>SafetyHome</name>
    <message>
        <location filename="../ui/home/safety_home.py" line="35"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/home/safety_home.py" line="37"/>
        <source>Help and safety</source>
        <translation>Hilfe und Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/home/safety_home.py" line="39"/>
        <source>How the app works, its safety rules, and when to get help (F1)</source>
        <translation>Wie die App funktioniert, ihre Sicherheitsregeln und wann Sie Hilfe holen sollten (F1)</translation>
    </message>
    <message>
        <location filename="../ui/home/safety_home.py" line="109"/>
        <source>Please get this checked</source>
        <translation>Bitte lassen Sie das abklären</translation>
    </message>
    <message>
        <location filename="../ui/home/safety_home.py" line="110"/>
        <source>The symptoms from your session on {0} ({1}) have not settled. Please see your GP or a physiotherapist about them. Until they settle, the app will not make your programs harder, and the return-to-running programs stay locked. If a leg gets weak, or you feel numb between your legs, get emergency help.</source>
        <translation>Die Beschwerden aus Ihrer Einheit am {0} ({1}) sind nicht abgeklungen. Bitte gehen Sie damit zu Ihrer Hausarztpraxis oder in die Physiotherapie. Bis sie abgeklungen sind, macht die App Ihre Programme nicht schwerer, und die Programme für den Wiedereinstieg ins Laufen bleiben gesperrt. Wenn ein Bein schwach wird oder Sie zwischen den Beinen taub sind, holen Sie Notfallhilfe.</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <location filename="../ui/safety/notice.py" line="46"/>
        <source>Since {0}: {1}</source>
        <translation>Seit {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="50"/>
        <source>Because of: {0}.</source>
        <translation>Wegen: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="51"/>
        <source>Start a session once a doctor has seen you: the app will ask you to confirm it.</source>
        <translation>Starten Sie eine Einheit, sobald eine Ärztin oder ein Arzt Sie untersucht hat: Die App bittet Sie dann, das zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="59"/>
        <source>Your exercises are paused</source>
        <translation>Ihre Übungen sind pausiert</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="70"/>
        <source>NOT SETTLED</source>
        <translation>NICHT ABGEKLUNGEN</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="71"/>
        <source>The symptoms from {0} have not settled</source>
        <translation>Die Beschwerden vom {0} sind nicht abgeklungen</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="74"/>
        <source>{0}. Please see your GP or a physiotherapist. Until they settle, no program is made harder and the return-to-running programs are locked.</source>
        <translation>{0}. Bitte gehen Sie zu Ihrer Hausarztpraxis oder in die Physiotherapie. Bis sie abgeklungen sind, wird kein Programm schwerer gemacht, und die Programme für den Wiedereinstieg ins Laufen sind gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="83"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="90"/>
        <source>SYMPTOM STOP</source>
        <translation>STOPP WEGEN BESCHWERDEN</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="91"/>
        <source>Your session {0} stopped for symptoms</source>
        <translation>Ihre Einheit ({0}) wurde wegen Beschwerden beendet</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="92"/>
        <source>{0}. No change to your programs is suggested until they have settled. Before your next session, and tomorrow morning, the app asks whether they have.</source>
        <translation>{0}. Bis sie abgeklungen sind, wird keine Änderung an Ihren Programmen vorgeschlagen. Vor Ihrer nächsten Einheit und morgen früh fragt die App, ob das der Fall ist.</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="107"/>
        <source>Please get this checked soon</source>
        <translation>Bitte lassen Sie das bald abklären</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="110"/>
        <source>The return-to-running programs are locked until a doctor or physiotherapist has checked this. These questions are asked again after 14 days.</source>
        <translation>Die Programme für den Wiedereinstieg ins Laufen sind gesperrt, bis eine Ärztin, ein Arzt oder Ihre Physiotherapie das abgeklärt hat. Diese Fragen werden nach 14 Tagen erneut gestellt.</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="125"/>
        <source>NOTED</source>
        <translation>VERMERKT</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="126"/>
        <source>Kept in mind for your sessions</source>
        <translation>Für Ihre Einheiten vorgemerkt</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="151"/>
        <source>I have been checked…</source>
        <translation>Ich wurde untersucht…</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="154"/>
        <source>Tell the app that a doctor or physiotherapist has checked your answers</source>
        <translation>Teilen Sie der App mit, dass eine Ärztin, ein Arzt oder Ihre Physiotherapie Ihre Antworten abgeklärt hat</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="157"/>
        <source>How these rules work</source>
        <translation>Wie diese Regeln funktionieren</translation>
    </message>
    <message>
        <location filename="../ui/safety/notice.py" line="157"/>
        <source>Open help (F1)</source>
        <translation>Hilfe öffnen (F1)</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../ui/session/save_status.py" line="17"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../ui/session/save_status.py" line="18"/>
        <source>the history file cannot be written (read-only)</source>
        <translation>die Verlaufsdatei kann nicht geschrieben werden (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/session/save_status.py" line="19"/>
        <source>another program is using the history file</source>
        <translation>ein anderes Programm benutzt die Verlaufsdatei</translation>
    </message>
    <message>
        <location filename="../ui/session/save_status.py" line="20"/>
        <source>the disk could not be written</source>
        <translation>der Datenträger konnte nicht beschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/session/save_status.py" line="22"/>
        <source>an error: {0}</source>
        <translation>ein Fehler: {0}</translation>
    </message>
    <message>
        <location filename="../ui/session/save_status.py" line="35"/>
        <source>Saving problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/save_status.py" line="47"/>
        <source>Not saved: {0}. Carry on; the app tries again after this exercise.</source>
        <translation>Nicht gespeichert: {0}. Machen Sie weiter; die App versucht es nach dieser Übung erneut.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../ui/safety/screening.py" line="57"/>
        <source>Safety check</source>
        <translation>Sicherheitscheck</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="58"/>
        <source>Safety check before your session</source>
        <translation>Sicherheitscheck vor Ihrer Einheit</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="86"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="86"/>
        <source>Close without starting a session</source>
        <translation>Schließen, ohne eine Einheit zu starten</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="88"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="90"/>
        <source>I understand, continue</source>
        <translation>Verstanden, weiter</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="92"/>
        <location filename="../ui/safety/screening.py" line="311"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="147"/>
        <location filename="../ui/safety/screening.py" line="149"/>
        <source>A quick check before you start</source>
        <translation>Ein kurzer Check vor dem Start</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="162"/>
        <source>If you answer Yes to any of these, the app will ask you the full safety questions again, so it can tell you what to do.</source>
        <translation>Wenn Sie eine dieser Fragen mit Ja beantworten, stellt die App Ihnen noch einmal alle Sicherheitsfragen, damit sie Ihnen sagen kann, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="175"/>
        <location filename="../ui/safety/screening.py" line="181"/>
        <source>Safety questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="179"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="181"/>
        <source>A few questions again</source>
        <translation>Noch einmal ein paar Fragen</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="184"/>
        <source>Please answer every question with Yes or No. Take your time.</source>
        <translation>Bitte beantworten Sie jede Frage mit Ja oder Nein. Lassen Sie sich Zeit.</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="187"/>
        <source>Two weeks or more have passed since you answered Yes to these. Please answer them again, so the app goes on giving you the right advice.</source>
        <translation>Seit Sie diese Fragen mit Ja beantwortet haben, sind zwei Wochen oder mehr vergangen. Bitte beantworten Sie sie noch einmal, damit die App Ihnen weiterhin die richtigen Hinweise gibt.</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="197"/>
        <source>{0} of {1}. {2}</source>
        <translation>{0} von {1}. {2}</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="218"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="234"/>
        <source>How is your back right now?</source>
        <translation>Wie geht es Ihrem Rücken gerade?</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="238"/>
        <source>Choose the number that fits best. There is no wrong answer: it helps the app notice if your pain climbs during the session.</source>
        <translation>Wählen Sie die Zahl, die am besten passt. Es gibt keine falsche Antwort: So bemerkt die App, wenn Ihr Schmerz während der Einheit steigt.</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="281"/>
        <source>The app will not start a session until you tell it that a doctor or physiotherapist has checked you.</source>
        <translation>Die App startet keine Einheit, bis Sie bestätigen, dass Sie ärztlich oder physiotherapeutisch untersucht wurden.</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="288"/>
        <source>You answered Yes to:</source>
        <translation>Sie haben mit Ja geantwortet auf:</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="311"/>
        <source>Start the session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="319"/>
        <location filename="../ui/safety/screening.py" line="322"/>
        <source>{0} of {1} answered</source>
        <translation>{0} von {1} beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="326"/>
        <source>Choose a number from 0 to 10.</source>
        <translation>Wählen Sie eine Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../ui/safety/screening.py" line="329"/>
        <source>Answer the question above first.</source>
        <translation>Beantworten Sie zuerst die Frage oben.</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../ui/demo/screenshots.py" line="258"/>
        <source>Side plank felt steadier than last week.</source>
        <translation>Der Seitstütz fühlte sich stabiler an als letzte Woche.</translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <location filename="../ui/session/dialogs.py" line="103"/>
        <source>End the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <location filename="../ui/session/dialogs.py" line="105"/>
        <source>End the session now? What you have done so far is kept in your history.</source>
        <translation>Die Einheit jetzt beenden? Was Sie bisher gemacht haben, bleibt in Ihrem Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/session/dialogs.py" line="111"/>
        <source>End the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <location filename="../ui/session/dialogs.py" line="114"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/session/dialogs.py" line="134"/>
        <source>Read the advice</source>
        <translation>Ratschläge lesen</translation>
    </message>
    <message>
        <location filename="../ui/session/dialogs.py" line="137"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SessionGate</name>
    <message>
        <location filename="../ui/safety/words.py" line="15"/>
        <source>pain spreading down your leg</source>
        <translation>ins Bein ausstrahlender Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/safety/words.py" line="16"/>
        <source>numbness or tingling in a leg or foot</source>
        <translation>Taubheit oder Kribbeln in einem Bein oder Fuß</translation>
    </message>
    <message>
        <location filename="../ui/safety/words.py" line="17"/>
        <source>sharp, stabbing pain</source>
        <translation>scharfer, stechender Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/safety/words.py" line="18"/>
        <source>very high pain</source>
        <translation>sehr starker Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/safety/words.py" line="38"/>
        <source>The symptoms from your session on {0} have not settled ({1}).</source>
        <translation>Die Beschwerden aus Ihrer Einheit am {0} sind nicht abgeklungen ({1}).</translation>
    </message>
    <message>
        <location filename="../ui/safety/words.py" line="44"/>
        <source>Your answer of {0}: {1}.</source>
        <translation>Ihre Antwort vom {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="110"/>
        <source>{0} is replaced by {1}</source>
        <translation>{0} wird durch {1} ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="114"/>
        <source>{0} is left out</source>
        <translation>{0} fällt weg</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="118"/>
        <source>Today&apos;s session is adapted</source>
        <translation>Die heutige Einheit ist angepasst</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="151"/>
        <source>The symptoms from your session on {0} ({1}) have not settled. Please see your GP or a physiotherapist about them. Until they settle, the app will not make your programs harder, and the return-to-running programs stay locked. If a leg gets weak, or you feel numb between your legs, get emergency help.</source>
        <translation>Die Beschwerden aus Ihrer Einheit am {0} ({1}) sind nicht abgeklungen. Bitte gehen Sie damit zu Ihrer Hausarztpraxis oder in die Physiotherapie. Bis sie abgeklungen sind, macht die App Ihre Programme nicht schwerer, und die Programme für den Wiedereinstieg ins Laufen bleiben gesperrt. Wenn ein Bein schwach wird oder Sie zwischen den Beinen taub sind, holen Sie Notfallhilfe.</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="159"/>
        <source>You can do {0} today, gently. Stop if the symptoms spread or get stronger.</source>
        <translation>Sie können heute sanft {0} machen. Hören Sie auf, wenn die Beschwerden ausstrahlen oder stärker werden.</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="164"/>
        <source>Today, only the gentlest program is advised: {0}.</source>
        <translation>Heute ist nur das sanfteste Programm ratsam: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="167"/>
        <source>Please get this checked</source>
        <translation>Bitte lassen Sie das abklären</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="178"/>
        <source>{0} is locked for now, because:</source>
        <translation>{0} ist vorerst gesperrt, weil:</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="183"/>
        <source>You can do the gentle, mobility and core programs in the meantime. When a doctor or physiotherapist has checked you and says you may run, tell the app with “I have been checked” on the home screen.</source>
        <translation>Solange können Sie die sanften Programme, die Beweglichkeits- und die Rumpfprogramme machen. Wenn eine Ärztin, ein Arzt oder Ihre Physiotherapie Sie untersucht hat und Sie laufen dürfen, teilen Sie das der App auf der Startseite mit „Ich wurde untersucht“ mit.</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="191"/>
        <source>Return to running is locked</source>
        <translation>Der Wiedereinstieg ins Laufen ist gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="217"/>
        <source>Your back is at {0}/10, above the limit of {1}/10 for starting {2}. Exercising into more pain will not help.</source>
        <translation>Ihr Rücken ist bei {0}/10, über der Startgrenze von {1}/10 für {2}. Training in stärkeren Schmerz hinein hilft nicht.</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="225"/>
        <source>Your pain is above this program&apos;s limit</source>
        <translation>Ihr Schmerz liegt über der Grenze dieses Programms</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="228"/>
        <source>A gentler program suits today: {0}.</source>
        <translation>Heute passt ein sanfteres Programm: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="229"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="234"/>
        <source>Rest your back today</source>
        <translation>Schonen Sie heute Ihren Rücken</translation>
    </message>
    <message>
        <location filename="../ui/session/start_flow.py" line="237"/>
        <source>No program in the app is gentle enough for this much pain. Rest in a comfortable position today, with short, easy walks if you can. Read the advice for a very sore back, and contact a doctor or physiotherapist if it does not ease in a few days.</source>
        <translation>Kein Programm der App ist für so starke Schmerzen sanft genug. Ruhen Sie sich heute in einer bequemen Haltung aus und machen Sie, wenn möglich, kurze, lockere Spaziergänge. Lesen Sie die Hinweise für einen sehr schmerzenden Rücken, und wenden Sie sich an eine Ärztin, einen Arzt oder die Physiotherapie, wenn es in ein paar Tagen nicht besser wird.</translation>
    </message>
</context>
<context>
    <name>SessionLauncher</name>
    <message>
        <location filename="../ui/session/launcher.py" line="95"/>
        <source>Sessions are unavailable</source>
        <translation>Einheiten nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/session/launcher.py" line="97"/>
        <source>The safety questions could not be loaded, so sessions cannot start. See the Problems tab.</source>
        <translation>Die Sicherheitsfragen konnten nicht geladen werden, daher können keine Einheiten starten. Siehe Reiter Probleme.</translation>
    </message>
    <message>
        <location filename="../ui/session/launcher.py" line="319"/>
        <source>Session saved to your history.</source>
        <translation>Einheit in Ihrem Verlauf gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/home/settings_page.py" line="43"/>
        <source>So&amp;unds (beeps for 3-2-1 and changes)</source>
        <translation>&amp;Klänge (Töne bei 3-2-1 und Wechseln)</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="46"/>
        <source>&amp;Voice (spoken steps and announcements)</source>
        <translation>S&amp;timme (gesprochene Schritte und Ansagen)</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="50"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="51"/>
        <source>Volume of sounds and voice</source>
        <translation>Lautstärke von Tönen und Stimme</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="57"/>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="58"/>
        <source>Follow the system, or always light or dark</source>
        <translation>Dem System folgen oder immer hell oder dunkel</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="60"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="61"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="62"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="67"/>
        <source>High co&amp;ntrast (white on black)</source>
        <translation>&amp;Hoher Kontrast (weiß auf schwarz)</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="69"/>
        <source>&amp;Large type</source>
        <translation>&amp;Große Schrift</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="72"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="73"/>
        <source>Takes effect the next time you open the app</source>
        <translation>Wirkt beim nächsten Öffnen der App</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="74"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="80"/>
        <source>Without speakers or a speech engine the app stays silent; everything is also shown on screen.</source>
        <translation>Ohne Lautsprecher oder Sprachausgabe bleibt die App stumm; alles wird auch auf dem Bildschirm angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="93"/>
        <source>V&amp;olume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="94"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="97"/>
        <source>Lan&amp;guage</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="125"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="132"/>
        <source>A backup is one file with your history, settings, and your own programs, exercises and pictures. Keep it somewhere other than this computer; restore it here or on a new one.</source>
        <translation>Eine Sicherung ist eine Datei mit Ihrem Verlauf, Ihren Einstellungen und Ihren eigenen Programmen, Übungen und Bildern. Bewahren Sie sie woanders als auf diesem Computer auf; stellen Sie sie hier oder auf einem neuen wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="140"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="142"/>
        <source>Back up your data</source>
        <translation>Ihre Daten sichern</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="143"/>
        <source>Save all your data in one backup file</source>
        <translation>Alle Ihre Daten in einer Sicherungsdatei speichern</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="144"/>
        <source>Res&amp;tore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="146"/>
        <source>Restore your data</source>
        <translation>Ihre Daten wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/home/settings_page.py" line="148"/>
        <source>Replace your data with a backup; what it replaces is kept</source>
        <translation>Ihre Daten durch eine Sicherung ersetzen; das Ersetzte bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="106"/>
        <source>Program settings</source>
        <translation>Programmeinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="112"/>
        <source>Program name</source>
        <translation>Programmname</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="113"/>
        <source>The name in the program list</source>
        <translation>Der Name in der Programmliste</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="116"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="117"/>
        <source>What the program is for, how often to do it, when to move on</source>
        <translation>Wofür das Programm ist, wie oft man es macht, wann es weitergeht</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="122"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="123"/>
        <source>Shown in the program list: acute, mobility, core, return to run…</source>
        <translation>In der Programmliste angezeigt: akut, Beweglichkeit, Rumpf, zurück zum Laufen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="129"/>
        <source>Pain ceiling</source>
        <translation>Schmerzgrenze</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="130"/>
        <source>Pain above this (0 to 10) during a session brings up the stop rules</source>
        <translation>Schmerz über diesem Wert (0 bis 10) während einer Einheit ruft die Stopp-Regeln auf</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="131"/>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="134"/>
        <source>Get ready</source>
        <translation>Bereitmachen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="134"/>
        <source>Countdown before the first exercise</source>
        <translation>Countdown vor der ersten Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="137"/>
        <source>Rest between exercises</source>
        <translation>Pause zwischen Übungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="138"/>
        <source>Rest after each exercise, unless the exercise sets its own</source>
        <translation>Pause nach jeder Übung, außer die Übung legt ihre eigene fest</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="141"/>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="141"/>
        <source>How many sessions a week you aim for</source>
        <translation>Wie viele Einheiten pro Woche Sie sich vornehmen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="145"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="146"/>
        <source>Descr&amp;iption:</source>
        <translation>Beschreibun&amp;g:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="147"/>
        <source>Sta&amp;ge:</source>
        <translation>Ph&amp;ase:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="148"/>
        <source>Pain ceiling:</source>
        <translation>Schmerzgrenze:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="149"/>
        <source>Get read&amp;y:</source>
        <translation>Be&amp;reitmachen:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="150"/>
        <source>Rest &amp;between:</source>
        <translation>Pause &amp;zwischen Übungen:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="151"/>
        <source>Sessions a &amp;week:</source>
        <translation>Einhei&amp;ten pro Woche:</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="152"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="153"/>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="156"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="160"/>
        <source>pain ceiling</source>
        <translation>Schmerzgrenze</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="161"/>
        <source>get ready time</source>
        <translation>Bereitmachzeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="162"/>
        <source>rest between exercises</source>
        <translation>Pause zwischen Übungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="163"/>
        <source>sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/editor/program/item_panels.py" line="173"/>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="53"/>
        <source>Rehab programs (*{suffix})</source>
        <translation>Reha-Programme (*{suffix})</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="66"/>
        <source>Save bundle</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="72"/>
        <source>Program not exported</source>
        <translation>Programm nicht exportiert</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="285"/>
        <source>Import a program</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="318"/>
        <source>Print handout</source>
        <translation>Handout drucken</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="327"/>
        <source>Handout not printed</source>
        <translation>Handout nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="344"/>
        <source>Save handout as PDF</source>
        <translation>Handout als PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="345"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="358"/>
        <source>Handout not saved</source>
        <translation>Handout nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/sharing/dialogs.py" line="359"/>
        <source>{path} was not saved: {why}</source>
        <translation>{path} wurde nicht gespeichert: {why}</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <location filename="../ui/session/cues.py" line="19"/>
        <source>Next: {0}, {1}</source>
        <translation>Als Nächstes: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="20"/>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="21"/>
        <source>Switch sides, left side now</source>
        <translation>Seite wechseln, jetzt die linke Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="22"/>
        <source>Switch sides, right side now</source>
        <translation>Seite wechseln, jetzt die rechte Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="23"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="24"/>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="25"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="26"/>
        <source>Rest {0} second</source>
        <translation>{0} Sekunde Pause</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="27"/>
        <source>Rest {0} seconds</source>
        <translation>{0} Sekunden Pause</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="28"/>
        <source>{0}. Then: {1}</source>
        <translation>{0}. Danach: {1}</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="29"/>
        <source>Step {0}. {1}</source>
        <translation>Schritt {0}. {1}</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="30"/>
        <source>{0} reps, then press Done</source>
        <translation>{0} Wiederholungen, dann auf Fertig drücken</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="31"/>
        <source>{0} hold</source>
        <translation>{0} Halteposition</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="32"/>
        <source>{0} holds</source>
        <translation>{0} Haltepositionen</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="33"/>
        <source>{0} of {1} seconds</source>
        <translation>{0} zu je {1} Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="34"/>
        <source>1 set of {0}</source>
        <translation>1 Satz mit {0}</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="35"/>
        <source>{0} set of {1}</source>
        <translation>{0} Satz mit {1}</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="36"/>
        <source>{0} sets of {1}</source>
        <translation>{0} Sätze mit {1}</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="37"/>
        <source>{0} sets of {1} and {2}</source>
        <translation>{0} Sätze mit {1} und {2}</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="38"/>
        <source>{0}-second holds</source>
        <translation>{0} Sekunden halten</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="39"/>
        <source>each side</source>
        <translation>jede Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="40"/>
        <source>Left side: {0}</source>
        <translation>Linke Seite: {0}</translation>
    </message>
    <message>
        <location filename="../ui/session/cues.py" line="41"/>
        <source>Right side: {0}</source>
        <translation>Rechte Seite: {0}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/shell/prompts.py" line="34"/>
        <source>Your history could not be opened ({0}). Sessions will not be saved this time.</source>
        <translation>Ihr Verlauf konnte nicht geöffnet werden ({0}). Einheiten werden diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/shell/prompts.py" line="62"/>
        <source>About your history</source>
        <translation>Zu Ihrem Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/shell/prompts.py" line="74"/>
        <source>Unfinished session</source>
        <translation>Nicht abgeschlossene Einheit</translation>
    </message>
    <message>
        <location filename="../ui/shell/prompts.py" line="76"/>
        <source>Your last session of {0} stopped before it ended (at exercise {1} of {2}).</source>
        <translation>Ihre letzte Einheit von {0} wurde vor dem Ende unterbrochen (bei Übung {1} von {2}).</translation>
    </message>
    <message>
        <location filename="../ui/shell/prompts.py" line="82"/>
        <source>Resume where I stopped</source>
        <translation>Dort weitermachen, wo ich aufgehört habe</translation>
    </message>
    <message>
        <location filename="../ui/shell/prompts.py" line="85"/>
        <source>Keep it as ended early</source>
        <translation>Als vorzeitig beendet behalten</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <location filename="../ui/shell/startup_errors.py" line="15"/>
        <source>The data folder {0} is a file, not a folder: move that file away, or choose another folder with --data-dir.</source>
        <translation>Der Datenordner {0} ist eine Datei, kein Ordner: Verschieben Sie die Datei oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/shell/startup_errors.py" line="21"/>
        <source>The data folder {0} cannot be created ({1}): choose a folder you can write to with --data-dir.</source>
        <translation>Der Datenordner {0} kann nicht angelegt werden ({1}): Wählen Sie mit --data-dir einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location filename="../ui/shell/startup_errors.py" line="27"/>
        <source>The disk holding {0} is full: free some space, then start the app again.</source>
        <translation>Der Datenträger mit {0} ist voll: Geben Sie Speicherplatz frei und starten Sie die App dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/shell/startup_errors.py" line="31"/>
        <source>The data folder {0} cannot be written to ({1}): check its permissions, or choose another folder with --data-dir.</source>
        <translation>In den Datenordner {0} kann nicht geschrieben werden ({1}): Prüfen Sie die Berechtigungen oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/shell/startup_errors.py" line="49"/>
        <source>Back on Track cannot start</source>
        <translation>Back on Track kann nicht starten</translation>
    </message>
</context>
<context>
    <name>Suggestion</name>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="36"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="46"/>
        <source>pain that spread</source>
        <translation>Schmerzen, die ausstrahlten</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="47"/>
        <source>pins and needles, numbness or weakness</source>
        <translation>Kribbeln, Taubheit oder Schwäche</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="48"/>
        <source>sharp pain</source>
        <translation>stechende Schmerzen</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="49"/>
        <source>a warning symptom</source>
        <translation>ein Warnzeichen</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="50"/>
        <source>chest pain, faintness or unusual breathlessness</source>
        <translation>Brustschmerzen, Schwindel oder ungewohnte Atemnot</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="54"/>
        <source>symptoms that stopped the session</source>
        <translation>Beschwerden, die die Einheit beendet haben</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="61"/>
        <source>Your last session</source>
        <translation>Ihre letzte Einheit</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="63"/>
        <source>Your session on {0}</source>
        <translation>Ihre Einheit am {0}</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="67"/>
        <source>Your last sessions were at pain {0}, and your back was fine the next morning.</source>
        <translation>Ihre letzten Einheiten lagen bei Schmerz {0}, und am nächsten Morgen ging es Ihrem Rücken gut.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="72"/>
        <source>Your last sessions were at pain {0}, your back was fine the next morning, and your pain has come down over two weeks (from about {1} to {2}).</source>
        <translation>Ihre letzten Einheiten lagen bei Schmerz {0}, am nächsten Morgen ging es Ihrem Rücken gut, und Ihr Schmerz ist in zwei Wochen gesunken (von etwa {1} auf {2}).</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="78"/>
        <source>Your last session was at pain {0}: acceptable, but not low enough to progress.</source>
        <translation>Ihre letzte Einheit lag bei Schmerz {0}: vertretbar, aber nicht niedrig genug zum Steigern.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="83"/>
        <source>The morning after your last session your pain was {0}, a little above your {1} before.</source>
        <translation>Am Morgen nach Ihrer letzten Einheit lag Ihr Schmerz bei {0}, etwas über Ihrer {1} davor.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="88"/>
        <source>{0} reached pain {1}, above your limit of {2}.</source>
        <translation>{0} erreichte Schmerz {1}, über Ihrer Grenze von {2}.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="92"/>
        <source>{0} brought {1}.</source>
        <translation>{0} brachte {1}.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="98"/>
        <source>You have had to step back {0} times in a row.</source>
        <translation>Sie mussten {0}-mal hintereinander zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="101"/>
        <source>Your morning pain has not improved enough over the last {0} weeks (about {1} out of 10 at first, {2} lately).</source>
        <translation>Ihr Morgenschmerz hat sich in den letzten {0} Wochen nicht genug gebessert (anfangs etwa {1} von 10, zuletzt {2}).</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="111"/>
        <source>Your morning pain has crept up over the last week: {0} this morning, against about {1} on the mornings before.</source>
        <translation>Ihr Morgenschmerz ist im Lauf der letzten Woche gestiegen: heute früh {0}, an den Morgen davor etwa {1}.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="117"/>
        <source>The morning after your session on {0} your pain was {1}, up from {2} before it.</source>
        <translation>Am Morgen nach Ihrer Einheit am {0} lag Ihr Schmerz bei {1}, gestiegen von {2} davor.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="121"/>
        <source>The morning after your session on {0} your pain was {1}, above the limit of {2}.</source>
        <translation>Am Morgen nach Ihrer Einheit am {0} lag Ihr Schmerz bei {1}, über der Grenze von {2}.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="134"/>
        <source>Move on from {0} to {1}.</source>
        <translation>Von {0} zu {1} wechseln.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="135"/>
        <source>Swap {0} for the easier {1}.</source>
        <translation>{0} durch die leichtere Übung {1} ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="138"/>
        <source>More reps in each set of {0} ({1} → {2}).</source>
        <translation>Mehr Wiederholungen in jedem Satz von {0} ({1} → {2}).</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="141"/>
        <source>Fewer reps in each set of {0} ({1} → {2}).</source>
        <translation>Weniger Wiederholungen in jedem Satz von {0} ({1} → {2}).</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="146"/>
        <source>Add reps to {0} ({1} → {2}).</source>
        <translation>Mehr Wiederholungen von {0} ({1} → {2}).</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="149"/>
        <source>Do fewer reps of {0} ({1} → {2}).</source>
        <translation>Weniger Wiederholungen von {0} ({1} → {2}).</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="153"/>
        <source>Hold {0} for {1} seconds instead of {2}.</source>
        <translation>{0} {1} Sekunden statt {2} halten.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="156"/>
        <source>Do {0} sets of {1} instead of {2}.</source>
        <translation>{0} Sätze von {1} statt {2}.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="165"/>
        <source>Move on to {0}.</source>
        <translation>Weiter zu {0}.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="167"/>
        <source>Keep the program as it is for now.</source>
        <translation>Das Programm vorerst so lassen.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="170"/>
        <source>That exercise cannot be made any easier. Please see a physiotherapist or your GP.</source>
        <translation>Diese Übung lässt sich nicht leichter machen. Bitte gehen Sie zur Physiotherapie oder zu Ihrer Hausärztin oder Ihrem Hausarzt.</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestion_words.py" line="174"/>
        <source>Please see a physiotherapist or your GP before you change the program again.</source>
        <translation>Bitte gehen Sie zur Physiotherapie oder zu Ihrer Hausärztin oder Ihrem Hausarzt, bevor Sie das Programm wieder ändern.</translation>
    </message>
</context>
<context>
    <name>SuggestionBanner</name>
    <message>
        <location filename="../ui/home/suggestions.py" line="50"/>
        <source>Suggestion for your program</source>
        <translation>Vorschlag für Ihr Programm</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="65"/>
        <source>What the app suggests</source>
        <translation>Was die App vorschlägt</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="67"/>
        <location filename="../ui/home/suggestions.py" line="130"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="67"/>
        <source>Change the program as suggested</source>
        <translation>Das Programm wie vorgeschlagen ändern</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="70"/>
        <location filename="../ui/home/suggestions.py" line="139"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="70"/>
        <source>Keep the program as it is</source>
        <translation>Das Programm so lassen, wie es ist</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="98"/>
        <source>Progress</source>
        <translation>Steigern</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="99"/>
        <source>Next stage</source>
        <translation>Nächste Stufe</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="100"/>
        <source>Keep the same</source>
        <translation>Gleich lassen</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="101"/>
        <source>Step back</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="102"/>
        <source>See a physio</source>
        <translation>Zur Physiotherapie</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="124"/>
        <location filename="../ui/home/suggestions.py" line="125"/>
        <source>OK, noted</source>
        <translation>OK, verstanden</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="127"/>
        <source>Close this advice; your program keeps a note that it was given</source>
        <translation>Diesen Hinweis schließen; Ihr Programm vermerkt, dass er gegeben wurde</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="131"/>
        <source>Accept: {0}</source>
        <translation>Annehmen: {0}</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="133"/>
        <source>Note the move in {0} and show the next stage</source>
        <translation>Den Wechsel in {0} vermerken und die nächste Stufe zeigen</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="135"/>
        <source>Change {0} as suggested; the change is recorded</source>
        <translation>{0} wie vorgeschlagen ändern; die Änderung wird vermerkt</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="140"/>
        <source>Decline: {0}</source>
        <translation>Ablehnen: {0}</translation>
    </message>
    <message>
        <location filename="../ui/home/suggestions.py" line="141"/>
        <source>Keep {0} as it is</source>
        <translation>{0} so lassen, wie es ist</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/session/summary.py" line="45"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="32"/>
        <source>{0} of {1} sets</source>
        <translation>{0} von {1} Sätzen</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="57"/>
        <source> (easier version of {0})</source>
        <translation> (leichtere Variante von {0})</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="66"/>
        <source>Session complete. Well done!</source>
        <translation>Einheit geschafft. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="68"/>
        <source>Session ended early.</source>
        <translation>Einheit vorzeitig beendet.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="113"/>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="122"/>
        <source>Effort from 0 to 10</source>
        <translation>Anstrengung von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="124"/>
        <source>How hard was it? 0 = no effort, 10 = the hardest you could do</source>
        <translation>Wie anstrengend war es? 0 = gar nicht, 10 = das Härteste, was Sie schaffen</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="140"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="141"/>
        <source>How did it go? Anything to tell your physio?</source>
        <translation>Wie lief es? Etwas für Ihre Physiotherapie?</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="143"/>
        <location filename="../ui/session/summary.py" line="145"/>
        <source>Save and finish</source>
        <translation>Speichern und beenden</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="237"/>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="245"/>
        <source>Save this session to your history</source>
        <translation>Diese Einheit in Ihrem Verlauf speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="148"/>
        <location filename="../ui/session/summary.py" line="150"/>
        <source>Leave without saving</source>
        <translation>Ohne Speichern verlassen</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="35"/>
        <source>{0} of {1} reps</source>
        <translation>{0} von {1} Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="39"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="42"/>
        <source>partly done ({0})</source>
        <translation>teilweise gemacht ({0})</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="44"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="70"/>
        <source>{0} of exercise · {1} exercise(s) done · {2} partly done · {3} skipped or not started · {4} pause(s) ({5})</source>
        <translation>{0} Training · {1} Übung(en) gemacht · {2} teilweise · {3} übersprungen oder nicht begonnen · {4} Pause(n) ({5})</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="117"/>
        <source>Worst pain during the session, from 0 to 10</source>
        <translation>Stärkster Schmerz während der Einheit, von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="152"/>
        <source>Go back to the programs; what was saved during the session stays</source>
        <translation>Zurück zu den Programmen; was während der Einheit gespeichert wurde, bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="160"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="165"/>
        <source>&amp;Worst pain during the session?</source>
        <translation>&amp;Stärkster Schmerz während der Einheit?</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="166"/>
        <source>How is your back &amp;now?</source>
        <translation>Wie geht es Ihrem Rücken &amp;jetzt?</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="167"/>
        <source>How &amp;hard was it?</source>
        <translation>Wie &amp;anstrengend war es?</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="168"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="180"/>
        <source>Session summary and questions</source>
        <translation>Zusammenfassung der Einheit und Fragen</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="197"/>
        <source>Saved to your history as you went.</source>
        <translation>Laufend in Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="200"/>
        <source>Not saved yet: {0}. Save and finish tries again.</source>
        <translation>Noch nicht gespeichert: {0}. „Speichern und beenden“ versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="210"/>
        <source>This session could not be saved: {0}. Fix that and press Try again, or leave without saving (what was saved during the session stays in your history).</source>
        <translation>Diese Einheit konnte nicht gespeichert werden: {0}. Beheben Sie das und drücken Sie „Erneut versuchen“, oder verlassen Sie die Seite ohne Speichern (was während der Einheit gespeichert wurde, bleibt in Ihrem Verlauf).</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="215"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="216"/>
        <source>Try again to save</source>
        <translation>Erneut versuchen zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="235"/>
        <source>{0} / 10</source>
        <translation>{0} / 10</translation>
    </message>
    <message>
        <location filename="../ui/session/summary.py" line="247"/>
        <source>First choose the worst pain you had during the session</source>
        <translation>Wählen Sie zuerst den stärksten Schmerz, den Sie während der Einheit hatten</translation>
    </message>
</context>
<context>
    <name>SymptomFollowupDialog</name>
    <message>
        <location filename="../ui/safety/symptoms.py" line="29"/>
        <location filename="../ui/safety/symptoms.py" line="30"/>
        <location filename="../ui/safety/symptoms.py" line="65"/>
        <source>Have the symptoms settled?</source>
        <translation>Sind die Beschwerden abgeklungen?</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="35"/>
        <source>Your session on {0} stopped because of: {1}. Have these settled completely since then?</source>
        <translation>Ihre Einheit am {0} wurde beendet wegen: {1}. Sind diese Beschwerden seitdem ganz abgeklungen?</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="38"/>
        <source>Last time you told the app they had not.</source>
        <translation>Beim letzten Mal waren sie noch nicht abgeklungen.</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="40"/>
        <source>Yes, they have settled</source>
        <translation>Ja, sie sind abgeklungen</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="40"/>
        <source>They are gone</source>
        <translation>Sie sind weg</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="43"/>
        <source>No, I still have them</source>
        <translation>Nein, ich habe sie noch</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="46"/>
        <source>They are still there</source>
        <translation>Sie sind noch da</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="49"/>
        <source>Ask me later</source>
        <translation>Später fragen</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="49"/>
        <source>Decide later (Esc)</source>
        <translation>Später entscheiden (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/safety/symptoms.py" line="70"/>
        <source>If a leg is getting weak, or you feel numb between your legs or around your bottom, do not wait: get emergency help now.</source>
        <translation>Wenn ein Bein schwächer wird oder Sie zwischen den Beinen oder am Gesäß taub sind, warten Sie nicht: Holen Sie sofort Notfallhilfe.</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <location filename="../ui/common/pain_scale.py" line="137"/>
        <location filename="../ui/common/pain_scale.py" line="142"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/common/pain_scale.py" line="138"/>
        <location filename="../ui/common/pain_scale.py" line="142"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
</TS>
