<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPane</name>
    <message>
        <location filename="../ui/history_charts.py" line="97"/>
        <source>Active days</source>
        <translation>Trainingstage</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="98"/>
        <source>Days with a session are bold and highlighted</source>
        <translation>Tage mit einer Einheit sind fett und hervorgehoben</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="102"/>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="106"/>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="113"/>
        <source>Weekly minutes against target</source>
        <translation>Minuten pro Woche im Vergleich zum Ziel</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="129"/>
        <source>Current streak: {0} day</source>
        <translation>Aktuelle Serie: {0} Tag</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="129"/>
        <source>Current streak: {0} days</source>
        <translation>Aktuelle Serie: {0} Tage</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="136"/>
        <source>all programs</source>
        <translation>alle Programme</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="137"/>
        <source>Weekly minutes ({0})</source>
        <translation>Minuten pro Woche ({0})</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="141"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="146"/>
        <source> ✓ target met</source>
        <translation> ✓ Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="147"/>
        <source>Week of {0}: {1} min, {2} sessions</source>
        <translation>Woche ab {0}: {1} Min., {2} Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="154"/>
        <source>Target: {0} sessions a week.</source>
        <translation>Ziel: {0} Einheiten pro Woche.</translation>
    </message>
</context>
<context>
    <name>AdviceBanner</name>
    <message>
        <location filename="../ui/screening_dialog.py" line="99"/>
        <source>EMERGENCY</source>
        <translation>NOTFALL</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="100"/>
        <source>URGENT</source>
        <translation>DRINGEND</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="101"/>
        <source>PLEASE NOTE</source>
        <translation>BITTE BEACHTEN</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="105"/>
        <source>Please get checked by a doctor</source>
        <translation>Bitte lassen Sie sich ärztlich untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="106"/>
        <source>Please speak to a doctor before you exercise with this app.</source>
        <translation>Bitte sprechen Sie mit einer Ärztin oder einem Arzt, bevor Sie mit dieser App trainieren.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="236"/>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <location filename="../app.py" line="237"/>
        <source>Back on Track is already open with this data folder; it has been brought forward.</source>
        <translation>Back on Track ist mit diesem Datenordner bereits geöffnet und wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>BlockedDialog</name>
    <message>
        <location filename="../ui/screening_dialog.py" line="372"/>
        <location filename="../ui/screening_dialog.py" line="373"/>
        <location filename="../ui/screening_dialog.py" line="415"/>
        <source>Your exercises are paused</source>
        <translation>Ihre Übungen sind pausiert</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="381"/>
        <source>Earlier you told the app something that needs a doctor&apos;s check first, so sessions are paused. When a doctor or physiotherapist has seen you and said you may exercise, tick the box below. You will then answer the safety questions again.</source>
        <translation>Sie haben der App vorhin etwas mitgeteilt, das zuerst ärztlich abgeklärt werden muss; deshalb sind die Einheiten pausiert. Wenn eine Ärztin, ein Arzt oder Ihre Physiotherapie Sie untersucht hat und Sie trainieren dürfen, setzen Sie unten das Häkchen. Danach beantworten Sie die Sicherheitsfragen noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="390"/>
        <source>I have been seen by a doctor or physiotherapist and may exercise</source>
        <translation>Ich wurde ärztlich oder physiotherapeutisch untersucht und darf trainieren</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="395"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="395"/>
        <source>Keep sessions paused for now</source>
        <translation>Einheiten vorerst pausiert lassen</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="398"/>
        <source>Continue to the safety questions</source>
        <translation>Weiter zu den Sicherheitsfragen</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="401"/>
        <source>Tick the box above first</source>
        <translation>Setzen Sie zuerst oben das Häkchen</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../ui/texts.py" line="10"/>
        <source>Mobility</source>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="11"/>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="12"/>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="13"/>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="14"/>
        <source>Motor control</source>
        <translation>Bewegungskontrolle</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="15"/>
        <source>Return to run</source>
        <translation>Zurück zum Laufen</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="16"/>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../ui/checkin_dialog.py" line="33"/>
        <source>How is your back this morning, 0–10?</source>
        <translation>Wie geht es Ihrem Rücken heute Morgen, 0–10?</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="37"/>
        <source>Recorded. There is no pain score from before the session to compare with.</source>
        <translation>Gespeichert. Es gibt keinen Schmerzwert von vor der Einheit zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="41"/>
        <source>Back to your baseline: fine, carry on as planned.</source>
        <translation>Zurück auf Ihrem Ausgangswert: gut, machen Sie wie geplant weiter.</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="42"/>
        <source>A little above your baseline: keep the next session the same, do not progress yet.</source>
        <translation>Etwas über Ihrem Ausgangswert: die nächste Einheit gleich lassen, noch nicht steigern.</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="46"/>
        <source>Ease off: reduce the next session.</source>
        <translation>Zurücknehmen: die nächste Einheit verringern.</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="47"/>
        <source>Ease off: your morning pain has crept up over the last week. Reduce the next session.</source>
        <translation>Kürzer treten: Ihre Morgenschmerzen sind im Lauf der letzten Woche gestiegen. Verringern Sie die nächste Einheit.</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="73"/>
        <location filename="../ui/checkin_dialog.py" line="74"/>
        <source>Morning check-in</source>
        <translation>Morgendliche Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="88"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="90"/>
        <source>You exercised on {0}. Your pain before that session: {1}.</source>
        <translation>Sie haben am {0} trainiert. Ihr Schmerz vor dieser Einheit: {1}.</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="94"/>
        <source>0 = no pain, 10 = worst pain imaginable.</source>
        <translation>0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz.</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="105"/>
        <source>Pain {0} out of 10</source>
        <translation>Schmerz {0} von 10</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="107"/>
        <source>My back is {0} out of 10 (type 0–9 or use the arrow keys)</source>
        <translation>Mein Rücken ist bei {0} von 10 (0–9 tippen oder Pfeiltasten)</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="120"/>
        <source>What to do next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="122"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="124"/>
        <source>Save this morning&apos;s score</source>
        <translation>Heutigen Morgenwert speichern</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="126"/>
        <source>Save the score and see what it means for the next session</source>
        <translation>Wert speichern und sehen, was er für die nächste Einheit bedeutet</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="130"/>
        <location filename="../ui/checkin_dialog.py" line="132"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="134"/>
        <source>Skip the check-in; you will be asked again next start today</source>
        <translation>Abfrage überspringen; beim nächsten Start heute werden Sie erneut gefragt</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="136"/>
        <location filename="../ui/checkin_dialog.py" line="138"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/checkin_dialog.py" line="139"/>
        <source>Close the check-in</source>
        <translation>Abfrage schließen</translation>
    </message>
</context>
<context>
    <name>Dosage</name>
    <message>
        <location filename="../ui/texts.py" line="44"/>
        <location filename="../ui/texts.py" line="45"/>
        <source>{0} reps</source>
        <translation>{0} Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="45"/>
        <source>{0} rep</source>
        <translation>{0} Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="50"/>
        <source>{0} set</source>
        <translation>{0} Satz</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="50"/>
        <source>{0} sets</source>
        <translation>{0} Sätze</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="52"/>
        <source>{0} of {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="54"/>
        <source>{0} s hold</source>
        <translation>{0} s halten</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="56"/>
        <source>{0} s a rep</source>
        <translation>{0} s pro Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="58"/>
        <source>each side</source>
        <translation>jede Seite</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="60"/>
        <source>{0} s rest between sets</source>
        <translation>{0} s Pause zwischen den Sätzen</translation>
    </message>
</context>
<context>
    <name>DosageForm</name>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="57"/>
        <source>Sets</source>
        <translation type="unfinished">Sätze</translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="57"/>
        <source>How many sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="59"/>
        <source>Reps</source>
        <translation type="unfinished">Wdh.</translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="60"/>
        <source>Reps in every set; for a different number each set, use &apos;or per set&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="63"/>
        <source>Reps per set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="64"/>
        <source>A different number of reps for each set, e.g. 5-3-1 (one number per set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="66"/>
        <source>e.g. 5-3-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="69"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="69"/>
        <location filename="../ui/dosage_editor_form.py" line="73"/>
        <location filename="../ui/dosage_editor_form.py" line="78"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="70"/>
        <source>Seconds each rep is held; without reps, one hold per set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="73"/>
        <source>Rep time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="74"/>
        <source>Seconds of movement in each rep (tempo), added to the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="77"/>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="78"/>
        <source>Seconds of rest after every set but the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="81"/>
        <source>Each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="82"/>
        <source>Do every set on the left, then on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="85"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="86"/>
        <source>No, both sides together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="87"/>
        <source>Yes, left then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="96"/>
        <source>&amp;Sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="96"/>
        <source>R&amp;est between sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="97"/>
        <source>&amp;Reps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="97"/>
        <source>or &amp;per set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="98"/>
        <source>H&amp;old:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="98"/>
        <source>Rep &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="106"/>
        <source>Eac&amp;h side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="137"/>
        <location filename="../ui/dosage_editor_form.py" line="139"/>
        <location filename="../ui/dosage_editor_form.py" line="140"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="138"/>
        <source>Reps in every set; None makes each set one timed hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="144"/>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="145"/>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="154"/>
        <location filename="../ui/dosage_editor_form.py" line="156"/>
        <source>Default: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="156"/>
        <source>yes</source>
        <translation type="unfinished">ja</translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="156"/>
        <source>no</source>
        <translation type="unfinished">nein</translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor_form.py" line="198"/>
        <source>reps per set: write whole numbers joined by &apos;-&apos;, such as 5-3-1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../ui/exercise_detail.py" line="36"/>
        <source>Exercise details</source>
        <translation>Übungsdetails</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="52"/>
        <location filename="../ui/exercise_detail.py" line="99"/>
        <source>Start position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="52"/>
        <source>End position</source>
        <translation>Endstellung</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="81"/>
        <source>Pick an exercise</source>
        <translation>Wählen Sie eine Übung</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="82"/>
        <source>Choose an exercise on the left to see how to do it.</source>
        <translation>Wählen Sie links eine Übung, um zu sehen, wie sie geht.</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="92"/>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="98"/>
        <source>Dosage</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="100"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="110"/>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="111"/>
        <source>Common mistakes</source>
        <translation>Häufige Fehler</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="112"/>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="116"/>
        <source>Easier:</source>
        <translation>Leichter:</translation>
    </message>
    <message>
        <location filename="../ui/exercise_detail.py" line="116"/>
        <source>Harder:</source>
        <translation>Schwerer:</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <location filename="../ui/exercise_editor.py" line="73"/>
        <source>Edit exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="73"/>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="31"/>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="32"/>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="33"/>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="34"/>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="35"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="130"/>
        <source>Exercise details</source>
        <translation type="unfinished">Übungsdetails</translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="135"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="136"/>
        <source>What must be fixed before this exercise can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="143"/>
        <source>Sa&amp;ve exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="144"/>
        <source>Save the exercise to your exercises folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="148"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="148"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="19"/>
        <source>About the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="22"/>
        <source>Exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="23"/>
        <source>The name shown in the library and the player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="26"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="27"/>
        <source>The exercise is saved under this id; it cannot change later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="32"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="33"/>
        <source>What kind of exercise it is; the library filters by this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="38"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="39"/>
        <source>One or two sentences: what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="42"/>
        <source>Start position</source>
        <translation type="unfinished">Ausgangsstellung</translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="43"/>
        <source>How to get into position before the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="46"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="47"/>
        <source>Saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="48"/>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="49"/>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_about.py" line="50"/>
        <source>Start pos&amp;ition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="56"/>
        <source>Pictures (start and end position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="66"/>
        <source>Picture {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="67"/>
        <source>Preview of picture {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="73"/>
        <source>Choose picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="74"/>
        <source>Pick an SVG, PNG, JPEG or WebP file; it is copied into your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="81"/>
        <location filename="../ui/exercise_editor_steps.py" line="68"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="82"/>
        <source>Remove picture {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="53"/>
        <location filename="../ui/exercise_editor_steps.py" line="58"/>
        <source>Steps</source>
        <translation type="unfinished">Schritte</translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="59"/>
        <source>The numbered steps, in the order the player shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="64"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="65"/>
        <source>Add a step after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="69"/>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="72"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="73"/>
        <source>Move the selected step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="76"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="77"/>
        <source>Move the selected step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="80"/>
        <source>Step text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="81"/>
        <source>What to do in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="84"/>
        <source>Step kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="85"/>
        <source>Setup, movement, cue, breathing or safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="90"/>
        <source>Step seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="91"/>
        <source>Optional: how long this step lasts within a rep or hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="94"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="95"/>
        <source>Not timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="114"/>
        <source>Step te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="115"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="116"/>
        <source>Secon&amp;ds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="108"/>
        <source>Default dosage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="34"/>
        <source>Tips (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="37"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="38"/>
        <source>Muscles or skills it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="39"/>
        <source>Cues</source>
        <translation type="unfinished">Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="40"/>
        <source>Helpful cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="41"/>
        <location filename="../ui/exercise_editor_tips.py" line="42"/>
        <source>Common mistakes</source>
        <translation type="unfinished">Häufige Fehler</translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="43"/>
        <source>Cautions</source>
        <translation type="unfinished">Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="44"/>
        <source>When to stop or take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="46"/>
        <source>{0}, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="51"/>
        <source>T&amp;argets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="52"/>
        <source>&amp;Cues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="53"/>
        <source>Mista&amp;kes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="54"/>
        <source>Cautions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="83"/>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="88"/>
        <source>Easier variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="91"/>
        <source>Harder variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="96"/>
        <source>Easier:</source>
        <translation type="unfinished">Leichter:</translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="97"/>
        <source>Harder:</source>
        <translation type="unfinished">Schwerer:</translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_tips.py" line="108"/>
        <source>Tick the exercises the player may offer instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="208"/>
        <source>{0} (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="150"/>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_steps.py" line="151"/>
        <source>(no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="122"/>
        <source>{0} was not added: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="147"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="152"/>
        <source>Cannot show
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="45"/>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor_pictures.py" line="47"/>
        <source>Pictures ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="286"/>
        <source>(made from the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="295"/>
        <source>No problems: ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="295"/>
        <source>Fix before saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exercise_editor.py" line="320"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../ui/history_charts.py" line="58"/>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="182"/>
        <source>Active minutes per week</source>
        <translation>Aktive Minuten pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="183"/>
        <source>Pain before and after each session</source>
        <translation>Schmerz vor und nach jeder Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="184"/>
        <source>Next-morning pain over time</source>
        <translation>Schmerz am nächsten Morgen im Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="227"/>
        <source>Active minutes per week (last {0} weeks)</source>
        <translation>Aktive Minuten pro Woche (letzte {0} Wochen)</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="229"/>
        <location filename="../ui/history_charts.py" line="242"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="235"/>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="248"/>
        <source>{0} active minutes over the last {1} weeks; this week {2} minutes.</source>
        <translation>{0} aktive Minuten in den letzten {1} Wochen; diese Woche {2} Minuten.</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="257"/>
        <source>Pain before and after (last {0} sessions)</source>
        <translation>Schmerz vorher und nachher (letzte {0} Einheiten)</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="264"/>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="266"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="268"/>
        <source>Session ({0})</source>
        <translation>Einheit ({0})</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="273"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="274"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="279"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="281"/>
        <source>No sessions yet.</source>
        <translation>Noch keine Einheiten.</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="283"/>
        <source>{0} sessions; last on {1}: pain {2} before, {3} after.</source>
        <translation>{0} Einheiten; zuletzt am {1}: Schmerz {2} vorher, {3} nachher.</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="294"/>
        <source>Next-morning pain</source>
        <translation>Schmerz am nächsten Morgen</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="298"/>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="315"/>
        <source>Morning pain</source>
        <translation>Morgenschmerz</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="316"/>
        <source>Before the session (baseline)</source>
        <translation>Vor der Einheit (Ausgangswert)</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="321"/>
        <source>No check-ins yet.</source>
        <translation>Noch keine Morgenabfragen.</translation>
    </message>
    <message>
        <location filename="../ui/history_charts.py" line="323"/>
        <source>{0} check-ins; last on {1}: pain {2}.</source>
        <translation>{0} Morgenabfragen; zuletzt am {1}: Schmerz {2}.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/history_model.py" line="24"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="25"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="26"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="27"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="28"/>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="29"/>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="40"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="41"/>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="42"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="43"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="109"/>
        <source>Sort by {0}</source>
        <translation>Nach {0} sortieren</translation>
    </message>
    <message>
        <location filename="../ui/history_model.py" line="126"/>
        <source>{0}, {1} at {2}: {3}</source>
        <translation>{0}, {1} um {2}: {3}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/history_view.py" line="49"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="50"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="51"/>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="52"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="53"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="54"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="55"/>
        <source>Pain reports</source>
        <translation>Schmerzmeldungen</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="71"/>
        <location filename="../ui/history_view.py" line="237"/>
        <location filename="../ui/history_view.py" line="271"/>
        <location filename="../ui/history_view.py" line="272"/>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="79"/>
        <source>Deleted the session of {0}.</source>
        <translation>Einheit vom {0} gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="89"/>
        <source>Restored the session of {0}.</source>
        <translation>Einheit vom {0} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="129"/>
        <location filename="../ui/history_view.py" line="131"/>
        <source>History views</source>
        <translation>Verlaufsansichten</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="130"/>
        <source>Sessions, calendar and charts</source>
        <translation>Einheiten, Kalender und Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="139"/>
        <source>Sess&amp;ions</source>
        <translation>E&amp;inheiten</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="140"/>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="141"/>
        <source>Char&amp;ts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="144"/>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="166"/>
        <source>Filter by program</source>
        <translation>Nach Programm filtern</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="167"/>
        <source>Show one program&apos;s sessions</source>
        <translation>Einheiten eines Programms anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="169"/>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="173"/>
        <source>&amp;Dates</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="173"/>
        <source>Limit to a date range</source>
        <translation>Auf einen Zeitraum beschränken</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="174"/>
        <source>Only show sessions between the two dates</source>
        <translation>Nur Einheiten zwischen den beiden Daten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="180"/>
        <source>From date</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="181"/>
        <source>First day to show</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="184"/>
        <source>To date</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="184"/>
        <source>Last day to show</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="192"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="192"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="193"/>
        <source>Save sessions and exercise rows as CSV files for a spreadsheet</source>
        <translation>Einheiten und Übungszeilen als CSV-Dateien für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="196"/>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="196"/>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="197"/>
        <source>Save the whole history as one JSON file</source>
        <translation>Den ganzen Verlauf als eine JSON-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="200"/>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;gramm:</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="204"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="217"/>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="218"/>
        <source>Past sessions; click a column title to sort, Delete removes the selected session</source>
        <translation>Vergangene Einheiten; Spaltentitel anklicken zum Sortieren, Entf löscht die gewählte Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="246"/>
        <location filename="../ui/history_view.py" line="362"/>
        <source>Select a session to see its exercises.</source>
        <translation>Wählen Sie eine Einheit, um ihre Übungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="248"/>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="253"/>
        <source>Exercises in this session</source>
        <translation>Übungen dieser Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="253"/>
        <source>Planned against done for each exercise</source>
        <translation>Geplant und erledigt für jede Übung</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="260"/>
        <source>Session notes</source>
        <translation>Notizen zur Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="261"/>
        <source>Your notes about this session</source>
        <translation>Ihre Notizen zu dieser Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="266"/>
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="267"/>
        <source>Save the notes of this session</source>
        <translation>Die Notizen dieser Einheit speichern</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="272"/>
        <source>Delete this session (you can undo it)</source>
        <translation>Diese Einheit löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="276"/>
        <location filename="../ui/history_view.py" line="278"/>
        <location filename="../ui/history_view.py" line="282"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="279"/>
        <source>Undo the last delete (Ctrl+Z)</source>
        <translation>Letztes Löschen rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="286"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="364"/>
        <source>{0}, {1}: {2}, {3} % done, {4} active, {5} paused.</source>
        <translation>{0}, {1}: {2}, {3} % erledigt, {4} aktiv, {5} pausiert.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="372"/>
        <source>Pain {0}, effort {1}.</source>
        <translation>Schmerz {0}, Anstrengung {1}.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="378"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="381"/>
        <source>{0} at {1}</source>
        <translation>{0} bei {1}</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="390"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="390"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="392"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="406"/>
        <source>Notes saved.</source>
        <translation>Notizen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="422"/>
        <source>Export sessions as CSV</source>
        <translation>Einheiten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="424"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="430"/>
        <location filename="../ui/history_view.py" line="448"/>
        <source>Could not export: {0}</source>
        <translation>Export nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="433"/>
        <source>Exported {0} and {1}.</source>
        <translation>{0} und {1} exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="440"/>
        <source>Export history as JSON</source>
        <translation>Verlauf als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="442"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="450"/>
        <source>Exported {0}.</source>
        <translation>{0} exportiert.</translation>
    </message>
</context>
<context>
    <name>HurtDialog</name>
    <message>
        <location filename="../ui/hurt_dialog.py" line="69"/>
        <source>It hurts</source>
        <translation>Es tut weh</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="70"/>
        <source>It hurts: what is happening?</source>
        <translation>Es tut weh: Was passiert gerade?</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="87"/>
        <source>Never mind, carry on</source>
        <translation>Schon gut, weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="90"/>
        <source>Go back to the exercise without changing anything (Esc)</source>
        <translation>Ohne Änderung zur Übung zurück (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="93"/>
        <source>Change my answers</source>
        <translation>Antworten ändern</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="93"/>
        <source>Go back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="96"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="96"/>
        <source>See what to do next (Enter)</source>
        <translation>Sehen, wie es weitergeht (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="125"/>
        <source>The pain is spreading down my leg (further than before)</source>
        <translation>Der Schmerz strahlt ins Bein aus (weiter als vorher)</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="126"/>
        <source>New or worse numbness, tingling or weakness in a leg</source>
        <translation>Neue oder stärkere Taubheit, Kribbeln oder Schwäche in einem Bein</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="127"/>
        <source>The pain is sharp, stabbing or catching</source>
        <translation>Der Schmerz ist scharf, stechend oder blockierend</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="129"/>
        <source>Numbness around my bottom or genitals, or a change in bladder or bowel control</source>
        <translation>Taubheit am Gesäß oder im Genitalbereich oder Veränderungen bei Blase oder Darm</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="131"/>
        <source>Chest pain, feeling faint, or unusually out of breath</source>
        <translation>Brustschmerz, Schwächegefühl oder ungewöhnliche Atemnot</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="136"/>
        <source>What is happening?</source>
        <translation>Was passiert gerade?</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="138"/>
        <source>During: {0}</source>
        <translation>Während: {0}</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="140"/>
        <source>How much does it hurt right now?</source>
        <translation>Wie stark ist der Schmerz gerade?</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="143"/>
        <source>Your limit for this program is {0} out of 10.</source>
        <translation>Ihre Grenze für dieses Programm ist {0} von 10.</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="149"/>
        <source>Tick anything that is true right now:</source>
        <translation>Kreuzen Sie alles an, was gerade zutrifft:</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="160"/>
        <source>What to do next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="237"/>
        <source>OK TO CARRY ON</source>
        <translation>WEITERMACHEN OK</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="238"/>
        <source>EASE OFF</source>
        <translation>LEICHTER MACHEN</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="239"/>
        <source>STOP THIS EXERCISE</source>
        <translation>DIESE ÜBUNG BEENDEN</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="240"/>
        <source>STOP FOR TODAY</source>
        <translation>FÜR HEUTE AUFHÖREN</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="241"/>
        <source>EMERGENCY</source>
        <translation>NOTFALL</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="247"/>
        <source>Carry on</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="248"/>
        <source>Switch to the easier version</source>
        <translation>Zur leichteren Variante wechseln</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="249"/>
        <source>Skip this exercise</source>
        <translation>Diese Übung überspringen</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="250"/>
        <location filename="../ui/hurt_dialog.py" line="251"/>
        <source>End the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="262"/>
        <source>You are already doing the easier version, so skip this exercise for now.</source>
        <translation>Sie machen schon die leichtere Variante; überspringen Sie diese Übung vorerst.</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="264"/>
        <source>This exercise has no easier version, so skip it for now.</source>
        <translation>Für diese Übung gibt es keine leichtere Variante; überspringen Sie sie vorerst.</translation>
    </message>
    <message>
        <location filename="../ui/hurt_dialog.py" line="285"/>
        <source>Choose a number from 0 to 10 first.</source>
        <translation>Wählen Sie zuerst eine Zahl von 0 bis 10.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/sharing.py" line="90"/>
        <location filename="../ui/sharing.py" line="91"/>
        <source>Import a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="113"/>
        <source>Exercises in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="114"/>
        <source>Your own exercises that come with this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="121"/>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="122"/>
        <source>Each problem: file:line: field: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="125"/>
        <location filename="../ui/sharing.py" line="127"/>
        <source>Names already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="128"/>
        <source>Choose what to do with each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="139"/>
        <source>Why the import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="141"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="143"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="144"/>
        <source>Add this program and its exercises to yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="146"/>
        <location filename="../ui/sharing.py" line="148"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="149"/>
        <source>Close without importing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="167"/>
        <source>This file holds no program that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="169"/>
        <source>Program: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="173"/>
        <source>It brings these exercises of its own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="180"/>
        <source>(you already have it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="195"/>
        <source>This file cannot be imported. Nothing was changed. Problems found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="218"/>
        <source>Rename to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="219"/>
        <source>Keep yours and add this one as &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="222"/>
        <source>Replace mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="223"/>
        <source>Use the one from the file instead of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="226"/>
        <source>Skip</source>
        <translation type="unfinished">Weiter</translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="227"/>
        <source>Keep yours and leave this one out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="250"/>
        <source>A program called “{0}” already exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="253"/>
        <source>An exercise called “{0}” already exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sharing.py" line="270"/>
        <source>Nothing was imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../ui/dosage_editor.py" line="39"/>
        <source>Rest after this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="40"/>
        <source>Rest after this exercise instead of the program&apos;s rest between exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="43"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="46"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="47"/>
        <source>A reminder shown in the player during this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="49"/>
        <source>Optional, e.g. swap the leading side each set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="51"/>
        <source>Rest a&amp;fter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="52"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="69"/>
        <source>Selected exercise: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="73"/>
        <source>Selected exercise: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="78"/>
        <source>Default: {0} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../ui/library_browser.py" line="39"/>
        <source>Search exercises…</source>
        <translation>Übungen suchen…</translation>
    </message>
    <message>
        <location filename="../ui/library_browser.py" line="40"/>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/library_browser.py" line="41"/>
        <source>Words from the name, summary or targeted body parts</source>
        <translation>Wörter aus Name, Kurzbeschreibung oder Körperregion</translation>
    </message>
    <message>
        <location filename="../ui/library_browser.py" line="45"/>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <location filename="../ui/library_browser.py" line="46"/>
        <source>Show only one kind of exercise</source>
        <translation>Nur eine Art von Übungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/library_browser.py" line="47"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/library_browser.py" line="54"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="64"/>
        <source>Back on Track: back rehab for runners</source>
        <translation>Back on Track: Rückentraining für Läufer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="79"/>
        <location filename="../ui/main_window.py" line="80"/>
        <source>Main sections</source>
        <translation>Hauptbereiche</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="172"/>
        <source>P&amp;roblems ({0})</source>
        <translation>P&amp;robleme ({0})</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="99"/>
        <location filename="../ui/main_window.py" line="172"/>
        <source>P&amp;roblems</source>
        <translation>P&amp;robleme</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96"/>
        <source>&amp;Programs</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="97"/>
        <source>&amp;Exercise library</source>
        <translation>Übungs&amp;bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="100"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="177"/>
        <source>{0} problem(s) in exercise or program files; see the Problems tab.</source>
        <translation>{0} Problem(e) in Übungs- oder Programmdateien; siehe Reiter Probleme.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="209"/>
        <source>Your history is not available this time.</source>
        <translation>Ihr Verlauf ist diesmal nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="98"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../ui/pain_scale.py" line="174"/>
        <source>Pain from 0 to 10</source>
        <translation>Schmerz von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="176"/>
        <source>0 means no pain and 10 means the worst pain you can imagine.</source>
        <translation>0 bedeutet kein Schmerz und 10 der stärkste Schmerz, den Sie sich vorstellen können.</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="179"/>
        <source>Click a number, or type it. The Left and Right arrow keys move the choice.</source>
        <translation>Klicken oder tippen Sie eine Zahl. Die Pfeiltasten links und rechts verschieben die Auswahl.</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="201"/>
        <source>Pain {0} of 10</source>
        <translation>Schmerz {0} von 10</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="212"/>
        <source>0 = no pain, 10 = worst pain you can imagine</source>
        <translation>0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="254"/>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="256"/>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="258"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="259"/>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="317"/>
        <source>{0} out of 10: {1}</source>
        <translation>{0} von 10: {1}</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="321"/>
        <source>Nothing chosen yet.</source>
        <translation>Noch nichts gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="323"/>
        <source>You chose {0}</source>
        <translation>Ihre Wahl: {0}</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../ui/player.py" line="35"/>
        <location filename="../ui/player.py" line="318"/>
        <source>GET READY</source>
        <translation>BEREITMACHEN</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="36"/>
        <source>WORK</source>
        <translation>ÜBEN</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="37"/>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="38"/>
        <location filename="../ui/player.py" line="39"/>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="73"/>
        <source>Session player</source>
        <translation>Trainingsansicht</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="97"/>
        <source>Session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="111"/>
        <source>Set, repetition and side</source>
        <translation>Satz, Wiederholung und Seite</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="122"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="137"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="141"/>
        <source>Progress of this part</source>
        <translation>Fortschritt dieses Abschnitts</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="156"/>
        <source>Cues and cautions</source>
        <translation>Hinweise und Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="31"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="32"/>
        <source>Start the session (Space)</source>
        <translation>Einheit starten (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="35"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="36"/>
        <source>Previous part; twice to restart the exercise (Left)</source>
        <translation>Vorheriger Abschnitt; zweimal: Übung neu beginnen (Links)</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="40"/>
        <location filename="../ui/player_controls.py" line="150"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="41"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="44"/>
        <source>Skip</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="45"/>
        <source>Skip this part (Right)</source>
        <translation>Diesen Abschnitt überspringen (Rechts)</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="48"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="49"/>
        <source>Finished these reps (Enter)</source>
        <translation>Diese Wiederholungen erledigt (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="52"/>
        <source>It hurts</source>
        <translation>Es tut weh</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="53"/>
        <source>Tell the app what you feel; it pauses first (H)</source>
        <translation>Sagen Sie der App, was Sie spüren; sie pausiert zuerst (H)</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="57"/>
        <source>Cues &amp;&amp; cautions</source>
        <translation>Hinweise &amp;&amp; Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="58"/>
        <source>Show tips and cautions for this exercise (C)</source>
        <translation>Tipps und Warnhinweise zu dieser Übung zeigen (C)</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="62"/>
        <location filename="../ui/player_controls.py" line="162"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="63"/>
        <source>Sound and voice on or off (M)</source>
        <translation>Töne und Stimme ein oder aus (M)</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="67"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="68"/>
        <source>Full screen on or off (F or F11)</source>
        <translation>Vollbild ein oder aus (F oder F11)</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="72"/>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="73"/>
        <source>End the session; asks first (Esc)</source>
        <translation>Einheit beenden; fragt vorher (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="162"/>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="219"/>
        <source>Exercise {0} of {1}</source>
        <translation>Übung {0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="45"/>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="46"/>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="47"/>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="61"/>
        <source>set {0} of {1}</source>
        <translation>Satz {0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="65"/>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <location filename="../ui/player_picture.py" line="63"/>
        <source>{0}, end position</source>
        <translation>{0}, Endstellung</translation>
    </message>
    <message>
        <location filename="../ui/player_picture.py" line="65"/>
        <source>{0}, start position</source>
        <translation>{0}, Ausgangsstellung</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="288"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>Schritt {0} von {1}: {2}</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="294"/>
        <location filename="../ui/player.py" line="342"/>
        <source>{0} seconds left</source>
        <translation>noch {0} Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/player_controls.py" line="150"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="306"/>
        <source>{0} left</source>
        <translation>noch {0}</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="308"/>
        <source>{0} left in the session</source>
        <translation>noch {0} in dieser Einheit</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="316"/>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="320"/>
        <source>PRESS START</source>
        <translation>START DRÜCKEN</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="323"/>
        <source>Phase: {0}</source>
        <translation>Phase: {0}</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="333"/>
        <source>Do {0} reps at your own pace, then press Done (Enter).</source>
        <translation>Machen Sie {0} Wiederholungen in Ihrem Tempo und drücken Sie dann Fertig (Eingabe).</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="337"/>
        <source>Press Space when you are on your mat.</source>
        <translation>Drücken Sie die Leertaste, wenn Sie auf der Matte sind.</translation>
    </message>
    <message>
        <location filename="../ui/player.py" line="340"/>
        <source>{0} elapsed</source>
        <translation>{0} vergangen</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="17"/>
        <source>Get ready: {0}</source>
        <translation>Bereitmachen: {0}</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="19"/>
        <source>Switch sides: {0}</source>
        <translation>Seite wechseln: {0}</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="21"/>
        <source>Rest before set {0} of {1}</source>
        <translation>Pause vor Satz {0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="25"/>
        <source>Rest before the next exercise</source>
        <translation>Pause vor der nächsten Übung</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="26"/>
        <source>Set {0} of {1}</source>
        <translation>Satz {0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="28"/>
        <source>LEFT side</source>
        <translation>LINKE Seite</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="30"/>
        <source>RIGHT side</source>
        <translation>RECHTE Seite</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="32"/>
        <source>rep {0} of {1}</source>
        <translation>Wdh. {0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="34"/>
        <source>{0} reps</source>
        <translation>{0} Wdh.</translation>
    </message>
    <message>
        <location filename="../ui/player_text.py" line="36"/>
        <source>hold {0} s</source>
        <translation>{0} s halten</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../ui/problems_panel.py" line="23"/>
        <source>Problems in exercise and program files</source>
        <translation>Probleme in Übungs- und Programmdateien</translation>
    </message>
    <message>
        <location filename="../ui/problems_panel.py" line="37"/>
        <source>{0} problem(s) in your files. Files with problems were skipped; everything else loaded. Fix the file and restart, or run &apos;rehab-app validate&apos;.</source>
        <translation>{0} Problem(e) in Ihren Dateien. Dateien mit Problemen wurden übersprungen, alles andere ist geladen. Korrigieren Sie die Datei und starten Sie neu, oder führen Sie &apos;rehab-app validate&apos; aus.</translation>
    </message>
    <message>
        <location filename="../ui/problems_panel.py" line="42"/>
        <source>All exercise and program files loaded without problems.</source>
        <translation>Alle Übungs- und Programmdateien wurden ohne Probleme geladen.</translation>
    </message>
</context>
<context>
    <name>ProgramActionBar</name>
    <message>
        <location filename="../ui/program_action_bar.py" line="24"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/program_action_bar.py" line="26"/>
        <source>Change this program; a shipped one becomes your own copy</source>
        <translation>Dieses Programm ändern; ein mitgeliefertes wird zu Ihrer eigenen Kopie</translation>
    </message>
    <message>
        <location filename="../ui/program_action_bar.py" line="30"/>
        <source>&amp;New program…</source>
        <translation>&amp;Neues Programm…</translation>
    </message>
    <message>
        <location filename="../ui/program_action_bar.py" line="30"/>
        <source>Build your own program</source>
        <translation>Ein eigenes Programm zusammenstellen</translation>
    </message>
    <message>
        <location filename="../ui/program_action_bar.py" line="33"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/program_action_bar.py" line="35"/>
        <source>Add a program a physio shared with you (.rehab file)</source>
        <translation>Ein Programm hinzufügen, das Ihnen eine Physiotherapeutin geschickt hat (.rehab-Datei)</translation>
    </message>
    <message>
        <location filename="../ui/program_action_bar.py" line="39"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/program_action_bar.py" line="41"/>
        <source>Share this program with its own exercises and pictures</source>
        <translation>Dieses Programm mit seinen eigenen Übungen und Bildern weitergeben</translation>
    </message>
    <message>
        <location filename="../ui/program_action_bar.py" line="45"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location filename="../ui/program_action_bar.py" line="47"/>
        <source>A printable handout with a log table</source>
        <translation>Ein druckbares Handout mit Protokolltabelle</translation>
    </message>
    <message>
        <location filename="../ui/program_action_bar.py" line="51"/>
        <source>&amp;Flare-up day</source>
        <translation>&amp;Schmerzschub-Tag</translation>
    </message>
    <message>
        <location filename="../ui/program_action_bar.py" line="53"/>
        <source>Start today&apos;s session with the easier version of each exercise</source>
        <translation>Die heutige Einheit mit der leichteren Variante jeder Übung beginnen</translation>
    </message>
</context>
<context>
    <name>ProgramActions</name>
    <message>
        <location filename="../ui/program_actions.py" line="44"/>
        <source>New e&amp;xercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_actions.py" line="46"/>
        <source>Write your own exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_actions.py" line="98"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_actions.py" line="142"/>
        <location filename="../ui/program_actions.py" line="149"/>
        <source>&amp;Flare-up day</source>
        <translation>&amp;Schmerzschub-Tag</translation>
    </message>
    <message>
        <location filename="../ui/program_actions.py" line="151"/>
        <source>&amp;Flare-up day ({0})</source>
        <translation>&amp;Schmerzschub-Tag ({0})</translation>
    </message>
    <message>
        <location filename="../ui/program_actions.py" line="154"/>
        <source>Start today&apos;s session with the easier version of each exercise: {0} instead of {1}, never more reps than usual</source>
        <translation>Die heutige Einheit mit der leichteren Version jeder Übung beginnen: {0} statt {1}, nie mehr Wiederholungen als sonst</translation>
    </message>
    <message>
        <location filename="../ui/program_actions.py" line="200"/>
        <source>Noted. Here is your next stage: {0}.</source>
        <translation>Vermerkt. Hier ist Ihre nächste Stufe: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/program_actions.py" line="206"/>
        <source>Change saved to your program.</source>
        <translation>Die Änderung ist in Ihrem Programm gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProgramDocument</name>
    <message>
        <location filename="../ui/program_editor_document.py" line="79"/>
        <source>Delete program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="148"/>
        <source>My program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="153"/>
        <source>My own routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="155"/>
        <source>general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="202"/>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="212"/>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="223"/>
        <source>Move {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="241"/>
        <source>sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="242"/>
        <source>reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="243"/>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="244"/>
        <source>rep time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="245"/>
        <source>rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="246"/>
        <source>sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="247"/>
        <source>rest after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="248"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="251"/>
        <source>Change {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="261"/>
        <source>Change {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="272"/>
        <source>Fix the problems below before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_document.py" line="288"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../ui/program_editor.py" line="48"/>
        <source>Program editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="105"/>
        <source>{0} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="110"/>
        <source>This is a new copy; save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="115"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="124"/>
        <source>Fix the problems below before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="192"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="193"/>
        <source>What must be fixed before this program can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="33"/>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="34"/>
        <source>How long a session of this program takes, rests included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_items.py" line="35"/>
        <location filename="../ui/program_editor_items.py" line="38"/>
        <source>Exercises in this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_items.py" line="39"/>
        <source>Drag to reorder, or Ctrl+Up / Ctrl+Down; Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_items.py" line="53"/>
        <location filename="../ui/program_editor_items.py" line="87"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_items.py" line="54"/>
        <source>Move the selected exercise up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_items.py" line="57"/>
        <location filename="../ui/program_editor_items.py" line="91"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_items.py" line="58"/>
        <source>Move the selected exercise down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_items.py" line="61"/>
        <location filename="../ui/program_editor_items.py" line="95"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_items.py" line="62"/>
        <source>Remove the selected exercise (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_items.py" line="70"/>
        <source>No exercises yet. Pick one in “Add exercise” and press Add or Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="36"/>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="40"/>
        <source>Search exercises to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="41"/>
        <source>Type part of a name; Enter adds the selected match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="43"/>
        <source>Search exercises…</source>
        <translation type="unfinished">Übungen suchen…</translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="47"/>
        <source>Category of exercises to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="48"/>
        <source>Show only one kind of exercise</source>
        <translation type="unfinished">Nur eine Art von Übungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="50"/>
        <source>All categories</source>
        <translation type="unfinished">Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="54"/>
        <source>Exercises you can add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="55"/>
        <source>Double-click or press Enter to add the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="59"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="60"/>
        <source>Add the selected exercise to the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="63"/>
        <source>New e&amp;xercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="64"/>
        <source>Create your own exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="67"/>
        <source>E&amp;dit exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="68"/>
        <source>Change one of your own exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_details.py" line="26"/>
        <source>Selected exercise and program settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="240"/>
        <location filename="../ui/program_editor_header.py" line="57"/>
        <location filename="../ui/program_editor_header.py" line="59"/>
        <location filename="../ui/program_editor_header.py" line="144"/>
        <source>Undo</source>
        <translation type="unfinished">Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="241"/>
        <location filename="../ui/program_editor_header.py" line="63"/>
        <location filename="../ui/program_editor_header.py" line="65"/>
        <location filename="../ui/program_editor_header.py" line="149"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="242"/>
        <location filename="../ui/program_editor_header.py" line="69"/>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="243"/>
        <location filename="../ui/program_editor_header.py" line="71"/>
        <source>Save the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_dialogs.py" line="20"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_dialogs.py" line="21"/>
        <source>Save your changes to “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_picker.py" line="96"/>
        <source> · yours</source>
        <translation type="unfinished"> · eigenes</translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="41"/>
        <source>&amp;New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="43"/>
        <source>Start a new, empty program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="47"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="49"/>
        <source>Make a copy of this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="53"/>
        <source>De&amp;lete program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="53"/>
        <source>Delete your program file (you can undo it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="75"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="77"/>
        <source>Close the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="102"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="102"/>
        <source>Put the program file back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="113"/>
        <source>This is your copy of {0}; the original stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="118"/>
        <source>Total {0} · {1} exercise(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="122"/>
        <source>No exercises yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="128"/>
        <source>“{0}” was deleted. Undo (Ctrl+Z) puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="142"/>
        <source>Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="147"/>
        <source>Redo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="153"/>
        <source> (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_header.py" line="154"/>
        <source>Untitled program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="378"/>
        <source>No problems: ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="378"/>
        <source>Fix before saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor.py" line="370"/>
        <source>Exercise {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramItemsModel</name>
    <message>
        <location filename="../ui/program_editor_model.py" line="123"/>
        <source>unknown exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/program_editor_model.py" line="144"/>
        <source>, has a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <location filename="../ui/programs_page.py" line="66"/>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="68"/>
        <source>Each program with its stage, total time and when you last did it</source>
        <translation>Jedes Programm mit Phase, Gesamtdauer und wann Sie es zuletzt gemacht haben</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="111"/>
        <source>Program details</source>
        <translation>Programmdetails</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="70"/>
        <location filename="../ui/programs_page.py" line="72"/>
        <source>Start session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="73"/>
        <source>Start the selected program (Enter)</source>
        <translation>Das gewählte Programm starten (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="238"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="237"/>
        <source> · yours</source>
        <translation> · eigenes</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="239"/>
        <source>{0} · {1} · last done {2}</source>
        <translation>{0} · {1} · zuletzt {2}</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="215"/>
        <source>No programs loaded.</source>
        <translation>Keine Programme geladen.</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="249"/>
        <source>{0} · {1} · {2}× a week · pain limit {3}/10</source>
        <translation>{0} · {1} · {2}× pro Woche · Schmerzgrenze {3}/10</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="218"/>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="260"/>
        <source>Start {0} ({1}) (Enter)</source>
        <translation>{0} starten ({1}) (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/programs_page.py" line="261"/>
        <source>Starts {0}</source>
        <translation>Startet {0}</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../ui/screening_dialog.py" line="124"/>
        <source>Safety check</source>
        <translation>Sicherheitscheck</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="125"/>
        <source>Safety check before your session</source>
        <translation>Sicherheitscheck vor Ihrer Einheit</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="145"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="145"/>
        <source>Close without starting a session</source>
        <translation>Schließen, ohne eine Einheit zu starten</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="147"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="149"/>
        <source>I understand, continue</source>
        <translation>Verstanden, weiter</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="151"/>
        <location filename="../ui/screening_dialog.py" line="339"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="203"/>
        <source>A quick check before you start</source>
        <translation>Ein kurzer Check vor dem Start</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="210"/>
        <source>If you answer Yes, the app will ask you the full safety questions again, so it can tell you what to do.</source>
        <translation>Wenn Sie mit Ja antworten, stellt die App Ihnen noch einmal alle Sicherheitsfragen, damit sie Ihnen sagen kann, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="222"/>
        <location filename="../ui/screening_dialog.py" line="228"/>
        <source>Safety questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="226"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="231"/>
        <source>Please answer every question with Yes or No. Take your time.</source>
        <translation>Bitte beantworten Sie jede Frage mit Ja oder Nein. Lassen Sie sich Zeit.</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="242"/>
        <source>{0} of {1}. {2}</source>
        <translation>{0} von {1}. {2}</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="255"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="271"/>
        <source>How is your back right now?</source>
        <translation>Wie geht es Ihrem Rücken gerade?</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="275"/>
        <source>Choose the number that fits best. There is no wrong answer: it helps the app notice if your pain climbs during the session.</source>
        <translation>Wählen Sie die Zahl, die am besten passt. Es gibt keine falsche Antwort: So bemerkt die App, wenn Ihr Schmerz während der Einheit steigt.</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="309"/>
        <source>The app will not start a session until you tell it that a doctor or physiotherapist has checked you.</source>
        <translation>Die App startet keine Einheit, bis Sie bestätigen, dass Sie ärztlich oder physiotherapeutisch untersucht wurden.</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="315"/>
        <source>You answered Yes to:</source>
        <translation>Sie haben mit Ja geantwortet auf:</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="339"/>
        <source>Start the session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="347"/>
        <source>{0} of {1} answered</source>
        <translation>{0} von {1} beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="351"/>
        <source>Choose a number from 0 to 10.</source>
        <translation>Wählen Sie eine Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../ui/screening_dialog.py" line="354"/>
        <source>Answer the question above first.</source>
        <translation>Beantworten Sie zuerst die Frage oben.</translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <location filename="../ui/session_launcher.py" line="95"/>
        <source>End the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <location filename="../ui/session_launcher.py" line="96"/>
        <source>End the session now? What you have done so far is kept in your history.</source>
        <translation>Die Einheit jetzt beenden? Was Sie bisher gemacht haben, bleibt in Ihrem Verlauf.</translation>
    </message>
</context>
<context>
    <name>SessionLauncher</name>
    <message>
        <location filename="../ui/session_launcher.py" line="148"/>
        <source>Sessions are unavailable</source>
        <translation>Einheiten nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/session_launcher.py" line="150"/>
        <source>The safety questions could not be loaded, so sessions cannot start. See the Problems tab.</source>
        <translation>Die Sicherheitsfragen konnten nicht geladen werden, daher können keine Einheiten starten. Siehe Reiter Probleme.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings_page.py" line="33"/>
        <source>So&amp;unds (beeps for 3-2-1 and changes)</source>
        <translation>&amp;Klänge (Töne bei 3-2-1 und Wechseln)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="36"/>
        <source>&amp;Voice (spoken steps and announcements)</source>
        <translation>S&amp;timme (gesprochene Schritte und Ansagen)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="40"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="41"/>
        <source>Volume of sounds and voice</source>
        <translation>Lautstärke von Tönen und Stimme</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="47"/>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="48"/>
        <source>Follow the system, or always light or dark</source>
        <translation>Dem System folgen oder immer hell oder dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="50"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="51"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="52"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="57"/>
        <source>High co&amp;ntrast (white on black)</source>
        <translation>&amp;Hoher Kontrast (weiß auf schwarz)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="59"/>
        <source>&amp;Large type</source>
        <translation>&amp;Große Schrift</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="62"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="63"/>
        <source>Takes effect the next time you open the app</source>
        <translation>Wirkt beim nächsten Öffnen der App</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="64"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="70"/>
        <source>Without speakers or a speech engine the app stays silent; everything is also shown on screen.</source>
        <translation>Ohne Lautsprecher oder Sprachausgabe bleibt die App stumm; alles wird auch auf dem Bildschirm angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="83"/>
        <source>V&amp;olume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="84"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" line="87"/>
        <source>Lan&amp;guage</source>
        <translation>Spr&amp;ache</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/dosage_editor.py" line="106"/>
        <source>Program settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="112"/>
        <source>Program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="113"/>
        <source>The name in the program list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="116"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="117"/>
        <source>What the program is for, how often to do it, when to move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="122"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="123"/>
        <source>Shown in the program list: acute, mobility, core, return to run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="129"/>
        <source>Pain ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="130"/>
        <source>Pain above this (0 to 10) during a session brings up the stop rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="131"/>
        <source> / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="134"/>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="134"/>
        <source>Countdown before the first exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="137"/>
        <source>Rest between exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="138"/>
        <source>Rest after each exercise, unless the exercise sets its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="141"/>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="141"/>
        <source>How many sessions a week you aim for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="145"/>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="146"/>
        <source>Descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="147"/>
        <source>Sta&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="148"/>
        <source>Pain ceiling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="149"/>
        <source>Get read&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="150"/>
        <source>Rest &amp;between:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="151"/>
        <source>Sessions a &amp;week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="152"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="153"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="156"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="160"/>
        <source>pain ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="161"/>
        <source>get ready time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="162"/>
        <source>rest between exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="163"/>
        <source>sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dosage_editor.py" line="173"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <location filename="../ui/session_cues.py" line="19"/>
        <source>Next: {0}, {1}</source>
        <translation>Als Nächstes: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="20"/>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="21"/>
        <source>Switch sides, left side now</source>
        <translation>Seite wechseln, jetzt die linke Seite</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="22"/>
        <source>Switch sides, right side now</source>
        <translation>Seite wechseln, jetzt die rechte Seite</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="23"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="24"/>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="25"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="26"/>
        <source>Rest {0} second</source>
        <translation>{0} Sekunde Pause</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="27"/>
        <source>Rest {0} seconds</source>
        <translation>{0} Sekunden Pause</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="28"/>
        <source>{0}. Then: {1}</source>
        <translation>{0}. Danach: {1}</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="29"/>
        <source>Step {0}. {1}</source>
        <translation>Schritt {0}. {1}</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="30"/>
        <source>{0} reps, then press Done</source>
        <translation>{0} Wiederholungen, dann auf Fertig drücken</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="31"/>
        <source>{0} hold</source>
        <translation>{0} Halteposition</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="32"/>
        <source>{0} holds</source>
        <translation>{0} Haltepositionen</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="33"/>
        <source>{0} of {1} seconds</source>
        <translation>{0} zu je {1} Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="34"/>
        <source>1 set of {0}</source>
        <translation>1 Satz mit {0}</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="35"/>
        <source>{0} set of {1}</source>
        <translation>{0} Satz mit {1}</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="36"/>
        <source>{0} sets of {1}</source>
        <translation>{0} Sätze mit {1}</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="37"/>
        <source>{0} sets of {1} and {2}</source>
        <translation>{0} Sätze mit {1} und {2}</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="38"/>
        <source>{0}-second holds</source>
        <translation>{0} Sekunden halten</translation>
    </message>
    <message>
        <location filename="../ui/session_cues.py" line="39"/>
        <source>each side</source>
        <translation>jede Seite</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/startup.py" line="44"/>
        <source>Your history could not be opened ({0}). Sessions will not be saved this time.</source>
        <translation>Ihr Verlauf konnte nicht geöffnet werden ({0}). Einheiten werden diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/startup.py" line="66"/>
        <source>About your history</source>
        <translation>Zu Ihrem Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/startup.py" line="75"/>
        <source>Unfinished session</source>
        <translation>Nicht abgeschlossene Einheit</translation>
    </message>
    <message>
        <location filename="../ui/startup.py" line="77"/>
        <source>Your last session of {0} stopped before it ended (at exercise {1} of {2}).</source>
        <translation>Ihre letzte Einheit von {0} wurde vor dem Ende unterbrochen (bei Übung {1} von {2}).</translation>
    </message>
    <message>
        <location filename="../ui/startup.py" line="83"/>
        <source>Resume where I stopped</source>
        <translation>Dort weitermachen, wo ich aufgehört habe</translation>
    </message>
    <message>
        <location filename="../ui/startup.py" line="86"/>
        <source>Keep it as ended early</source>
        <translation>Als vorzeitig beendet behalten</translation>
    </message>
</context>
<context>
    <name>Suggestion</name>
    <message>
        <location filename="../ui/suggestion_words.py" line="36"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="46"/>
        <source>pain that spread</source>
        <translation>Schmerzen, die ausstrahlten</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="47"/>
        <source>pins and needles, numbness or weakness</source>
        <translation>Kribbeln, Taubheit oder Schwäche</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="48"/>
        <source>sharp pain</source>
        <translation>stechende Schmerzen</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="49"/>
        <source>a warning symptom</source>
        <translation>ein Warnzeichen</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="50"/>
        <source>chest pain, faintness or unusual breathlessness</source>
        <translation>Brustschmerzen, Schwindel oder ungewohnte Atemnot</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="54"/>
        <source>symptoms that stopped the session</source>
        <translation>Beschwerden, die die Einheit beendet haben</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="61"/>
        <source>Your last session</source>
        <translation>Ihre letzte Einheit</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="63"/>
        <source>Your session on {0}</source>
        <translation>Ihre Einheit am {0}</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="67"/>
        <source>Your last sessions were at pain {0}, and your back was fine the next morning.</source>
        <translation>Ihre letzten Einheiten lagen bei Schmerz {0}, und am nächsten Morgen ging es Ihrem Rücken gut.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="72"/>
        <source>Your last sessions were at pain {0}, your back was fine the next morning, and your pain has come down over two weeks (from about {1} to {2}).</source>
        <translation>Ihre letzten Einheiten lagen bei Schmerz {0}, am nächsten Morgen ging es Ihrem Rücken gut, und Ihr Schmerz ist in zwei Wochen gesunken (von etwa {1} auf {2}).</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="78"/>
        <source>Your last session was at pain {0}: acceptable, but not low enough to progress.</source>
        <translation>Ihre letzte Einheit lag bei Schmerz {0}: vertretbar, aber nicht niedrig genug zum Steigern.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="83"/>
        <source>The morning after your last session your pain was {0}, a little above your {1} before.</source>
        <translation>Am Morgen nach Ihrer letzten Einheit lag Ihr Schmerz bei {0}, etwas über Ihrer {1} davor.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="88"/>
        <source>{0} reached pain {1}, above your limit of {2}.</source>
        <translation>{0} erreichte Schmerz {1}, über Ihrer Grenze von {2}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="92"/>
        <source>{0} brought {1}.</source>
        <translation>{0} brachte {1}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="98"/>
        <source>You have had to step back {0} times in a row.</source>
        <translation>Sie mussten {0}-mal hintereinander zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="101"/>
        <source>Your morning pain has not improved enough over the last {0} weeks (about {1} out of 10 at first, {2} lately).</source>
        <translation>Ihr Morgenschmerz hat sich in den letzten {0} Wochen nicht genug gebessert (anfangs etwa {1} von 10, zuletzt {2}).</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="111"/>
        <source>Your morning pain has crept up over the last week: {0} this morning, against about {1} on the mornings before.</source>
        <translation>Ihr Morgenschmerz ist im Lauf der letzten Woche gestiegen: heute früh {0}, an den Morgen davor etwa {1}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="117"/>
        <source>The morning after your session on {0} your pain was {1}, up from {2} before it.</source>
        <translation>Am Morgen nach Ihrer Einheit am {0} lag Ihr Schmerz bei {1}, gestiegen von {2} davor.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="121"/>
        <source>The morning after your session on {0} your pain was {1}, above the limit of {2}.</source>
        <translation>Am Morgen nach Ihrer Einheit am {0} lag Ihr Schmerz bei {1}, über der Grenze von {2}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="134"/>
        <source>Move on from {0} to {1}.</source>
        <translation>Von {0} zu {1} wechseln.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="135"/>
        <source>Swap {0} for the easier {1}.</source>
        <translation>{0} durch die leichtere Übung {1} ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="138"/>
        <source>More reps in each set of {0} ({1} → {2}).</source>
        <translation>Mehr Wiederholungen in jedem Satz von {0} ({1} → {2}).</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="141"/>
        <source>Fewer reps in each set of {0} ({1} → {2}).</source>
        <translation>Weniger Wiederholungen in jedem Satz von {0} ({1} → {2}).</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="146"/>
        <source>Add reps to {0} ({1} → {2}).</source>
        <translation>Mehr Wiederholungen von {0} ({1} → {2}).</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="149"/>
        <source>Do fewer reps of {0} ({1} → {2}).</source>
        <translation>Weniger Wiederholungen von {0} ({1} → {2}).</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="153"/>
        <source>Hold {0} for {1} seconds instead of {2}.</source>
        <translation>{0} {1} Sekunden statt {2} halten.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="156"/>
        <source>Do {0} sets of {1} instead of {2}.</source>
        <translation>{0} Sätze von {1} statt {2}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="165"/>
        <source>Move on to {0}.</source>
        <translation>Weiter zu {0}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="167"/>
        <source>Keep the program as it is for now.</source>
        <translation>Das Programm vorerst so lassen.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="170"/>
        <source>That exercise cannot be made any easier. Please see a physiotherapist or your GP.</source>
        <translation>Diese Übung lässt sich nicht leichter machen. Bitte gehen Sie zur Physiotherapie oder zu Ihrer Hausärztin oder Ihrem Hausarzt.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="174"/>
        <source>Please see a physiotherapist or your GP before you change the program again.</source>
        <translation>Bitte gehen Sie zur Physiotherapie oder zu Ihrer Hausärztin oder Ihrem Hausarzt, bevor Sie das Programm wieder ändern.</translation>
    </message>
</context>
<context>
    <name>SuggestionBanner</name>
    <message>
        <location filename="../ui/suggestions.py" line="50"/>
        <source>Suggestion for your program</source>
        <translation>Vorschlag für Ihr Programm</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="65"/>
        <source>What the app suggests</source>
        <translation>Was die App vorschlägt</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="67"/>
        <location filename="../ui/suggestions.py" line="130"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="67"/>
        <source>Change the program as suggested</source>
        <translation>Das Programm wie vorgeschlagen ändern</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="70"/>
        <location filename="../ui/suggestions.py" line="139"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="70"/>
        <source>Keep the program as it is</source>
        <translation>Das Programm so lassen</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="98"/>
        <source>Progress</source>
        <translation>Steigern</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="99"/>
        <source>Next stage</source>
        <translation>Nächste Stufe</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="100"/>
        <source>Keep the same</source>
        <translation>Gleich lassen</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="101"/>
        <source>Step back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="102"/>
        <source>See a physio</source>
        <translation>Zur Physiotherapie</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="124"/>
        <location filename="../ui/suggestions.py" line="125"/>
        <source>OK, noted</source>
        <translation>OK, vermerkt</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="127"/>
        <source>Close this advice; your program keeps a note that it was given</source>
        <translation>Diesen Hinweis schließen; Ihr Programm vermerkt, dass er gegeben wurde</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="131"/>
        <source>Accept: {0}</source>
        <translation>Annehmen: {0}</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="133"/>
        <source>Note the move in {0} and show the next stage</source>
        <translation>Den Wechsel in {0} vermerken und die nächste Stufe zeigen</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="135"/>
        <source>Change {0} as suggested; the change is recorded</source>
        <translation>{0} wie vorgeschlagen ändern; die Änderung wird vermerkt</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="140"/>
        <source>Decline: {0}</source>
        <translation>Ablehnen: {0}</translation>
    </message>
    <message>
        <location filename="../ui/suggestions.py" line="141"/>
        <source>Keep {0} as it is</source>
        <translation>{0} so lassen</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/summary_page.py" line="41"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="28"/>
        <source>{0} of {1} sets</source>
        <translation>{0} von {1} Sätzen</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="31"/>
        <source>{0} of {1} reps</source>
        <translation>{0} von {1} Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="35"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="38"/>
        <source>partly done ({0})</source>
        <translation>teilweise gemacht ({0})</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="40"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="53"/>
        <source> (easier version of {0})</source>
        <translation> (leichtere Variante von {0})</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="60"/>
        <source>Session complete. Well done!</source>
        <translation>Einheit geschafft. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="62"/>
        <source>Session ended early.</source>
        <translation>Einheit vorzeitig beendet.</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="97"/>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="101"/>
        <source>Worst pain during the session, from 0 to 10</source>
        <translation>Stärkster Schmerz während der Einheit, von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="106"/>
        <source>Effort from 0 to 10</source>
        <translation>Anstrengung von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="108"/>
        <source>How hard was it? 0 = no effort, 10 = the hardest you could do</source>
        <translation>Wie anstrengend war es? 0 = gar nicht, 10 = das Härteste, was Sie schaffen</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="124"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="125"/>
        <source>How did it go? Anything to tell your physio?</source>
        <translation>Wie lief es? Etwas für Ihre Physiotherapie?</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="127"/>
        <location filename="../ui/summary_page.py" line="129"/>
        <source>Save and finish</source>
        <translation>Speichern und beenden</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="135"/>
        <source>&amp;Worst pain during the session?</source>
        <translation>&amp;Stärkster Schmerz während der Einheit?</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="160"/>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="168"/>
        <source>Save this session to your history</source>
        <translation>Diese Einheit in Ihrem Verlauf speichern</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="170"/>
        <source>First choose the worst pain you had during the session</source>
        <translation>Wählen Sie zuerst den stärksten Schmerz, den Sie während der Einheit hatten</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="136"/>
        <source>How is your back &amp;now?</source>
        <translation>Wie geht es Ihrem Rücken &amp;jetzt?</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="64"/>
        <source>{0} of exercise · {1} exercise(s) done · {2} partly done · {3} skipped or not started · {4} pause(s) ({5})</source>
        <translation>{0} Training · {1} Übung(en) gemacht · {2} teilweise · {3} übersprungen oder nicht begonnen · {4} Pause(n) ({5})</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="137"/>
        <source>How &amp;hard was it?</source>
        <translation>Wie &amp;anstrengend war es?</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="138"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="158"/>
        <source>{0} / 10</source>
        <translation>{0} / 10</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <location filename="../ui/pain_scale.py" line="137"/>
        <location filename="../ui/pain_scale.py" line="142"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="138"/>
        <location filename="../ui/pain_scale.py" line="142"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
</TS>
