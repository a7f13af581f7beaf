"""German replies, written by hand. Append only: ids follow the order (see build_en_de_fr.py)."""

from build_en_de_fr import bounce, email, sms

FOOTER = (
    "--\nKein Interesse? Antworten Sie einfach kurz, dann melde ich mich nicht mehr.\n"
    "Alle Nachrichten abbestellen: https://jobs.northwind.example/unsubscribe/{token}"
)
FOOTER_EN = (
    "--\nNot interested? Reply and say so, and you won't hear from me again.\n"
    "To stop all messages: https://jobs.northwind.example/unsubscribe/{token}"
)
LENA = ("Lena Vogt", "lena.vogt@northwind.example")
JONAS = ("Jonas Becker", "jonas.becker@northwind.example")
DANA = ("Dana Reyes", "dana@northwind.example")

LOCALE = {
    "names": {"Lena": LENA, "Vogt": LENA, "Jonas": JONAS, "Becker": JONAS, "Dana": DANA},
    "days": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "dys": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "months": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "mons": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "gmail": "Am {dy}., {d}. {mon} {y} um {hm} Uhr schrieb {name} <{addr}>:",
    "android": "{name} <{addr}> schrieb am {dy}., {d}. {mon} {y}, {hm}:",
    "apple": "Am {dd}.{mm}.{y} um {hm} schrieb {name} <{addr}>:",
    "outlook": ["Von:", "Gesendet:", "An:", "Betreff:"],
    "outlook_date": "{day}, {d}. {month} {y} {hm}",
    "original": "-----Ursprüngliche Nachricht-----",
    "iphone": "Von meinem iPhone gesendet",
    "re_outlook": "AW: ",
    "auto_subject": "Automatische Antwort: ",
    "undeliverable": "Unzustellbar: ",
    "jobs": [
        {
            "subject": "Staff Backend Engineer (m/w/d) bei Northwind",
            "role": "Staff Backend Engineer",
            "client": "Northwind",
            "pitch": "Verantwortung für die Auftragsplattform, "
            "über die täglich 40.000 Pakete laufen",
            "hints": ["Northwind-API", "Backend"],
            "recruiter": LENA,
        },
        {
            "subject": "Senior Data Engineer (m/w/d) - Lumen Health, Berlin",
            "role": "Senior Data Engineer",
            "client": "Lumen Health",
            "pitch": "Aufbau einer neuen Datenplattform für Abrechnungsdaten",
            "hints": ["Data Engineer", "Lumen"],
            "recruiter": JONAS,
        },
        {
            "subject": "Engineering Manager Payments bei Tessera (München)",
            "role": "Engineering Manager",
            "client": "Tessera",
            "pitch": "Führung eines siebenköpfigen Teams im Bereich Kartenausgabe",
            "hints": ["EM-Rolle", "Führungsrolle", "Fintech", "Payments", "München", "VSOP"],
            "recruiter": LENA,
        },
        {
            "subject": "Site Reliability Engineer (m/w/d) bei Northwind",
            "role": "Site Reliability Engineer",
            "client": "Northwind",
            "pitch": "Betrieb von Postgres und Kubernetes in drei Regionen",
            "hints": ["Postgres", "Rufbereitschaft", "SRE", "Multi-Region"],
            "recruiter": JONAS,
        },
        {
            "subject": "Senior Product Designer bei Alder Logistics (Hamburg/remote)",
            "role": "Senior Product Designer",
            "client": "Alder Logistics",
            "pitch": "Neugestaltung der Fahrer-App für 12.000 Fahrerinnen und Fahrer",
            "hints": ["Designer", "Fahrer-App", "Logistik", "Alder"],
            "recruiter": LENA,
        },
        {
            "subject": "Staff Backend Engineer at Northwind",
            "role": "Staff Backend Engineer",
            "client": "Northwind",
            "pitch": "owning the order pipeline that moves 40k parcels a day",
            "touches": [3],
            "recruiter": DANA,
        },
    ],
    "stop_body": "Hallo {first},\n\nich hatte es letzte Woche per SMS versucht, daher hier "
    "noch einmal per E-Mail: {client} sucht eine:n {role}, {pitch}. Lust auf ein kurzes "
    "Gespräch?\n\n{rfirst}\n\nAntworten Sie mit STOPP, um keine Nachrichten mehr zu "
    "erhalten.\n\n" + FOOTER,
    "bodies": [
        "Hallo {first},\n\nich bin {rfirst} und suche für {client} eine:n {role}. Die Aufgabe: "
        "{pitch}. Ihr Profil passt meiner Meinung nach sehr gut, deshalb melde ich mich direkt "
        "bei Ihnen.\n\nHätten Sie nächste Woche Zeit für ein kurzes Gespräch (20 Minuten)?\n\n"
        "Viele Grüße\n{recruiter}\nNorthwind Talent\n\n" + FOOTER,
        "Hallo {first},\n\nich wollte meine Nachricht noch einmal nach oben holen: Die Stelle als "
        "{role} bei {client} ist weiterhin offen, und das Team würde Sie gern kennenlernen. "
        "Gehaltsrahmen und Ablauf des Prozesses teile ich gern vorab.\n\nBeste Grüße\n{rfirst}"
        "\n\n" + FOOTER,
        "Hallo {first},\n\nda ich nichts von Ihnen gehört habe, gehe ich davon aus, dass der "
        "Zeitpunkt gerade nicht passt, und melde mich nicht weiter. Falls sich das ändert, "
        "antworten Sie einfach auf diese E-Mail.\n\nAlles Gute\n{rfirst}\n\n" + FOOTER,
        "Hi {first},\n\nI'm {rfirst}, I recruit for {client}. They're hiring a {role} in Berlin "
        "or remote within Germany. Would you be open to a 20-minute call next week?\n\nBest,\n"
        "{recruiter}\nNorthwind Talent\n\n" + FOOTER_EN,
    ],
}

REPLIES = [
    # ---------------------------------------------------------------- batch 1
    email(
        "interested",
        "2026-01-08 09:12",
        "Katrin Schulz",
        "Hallo Frau Vogt,\n\nvielen Dank für Ihre Nachricht. Das klingt tatsächlich spannend, "
        "ich bin offen für ein Gespräch. Nachmittags passt es mir meistens am besten.\n\n"
        "Viele Grüße\nKatrin Schulz",
        quote="outlook",
    ),
    email(
        "out_of_office",
        "2026-01-02 08:00",
        "Markus Weber",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin derzeit "
        "nicht im Büro und ab dem 7. Januar wieder für Sie da. Ihre E-Mail wird nicht "
        "weitergeleitet.\n\nMit freundlichen Grüßen\nMarkus Weber",
        auto=True,
        date="2026-01-07",
        charset="iso-8859-1",
        note="iso-8859-1",
    ),
    email(
        "not_now",
        "2026-01-20 17:30",
        "Felix Hartmann",
        "Hi Lena,\n\ndanke dir! Gerade ist es schlecht, wir stecken mitten im Release. Meld "
        "dich gern im März nochmal, dann sieht es ruhiger aus.\n\nFelix",
        date="2026-03-01",
        note="im März; du-form",
    ),
    email(
        "opt_out",
        "2026-01-26 10:45",
        "Gerhard Braun",
        "Bitte entfernen Sie mich aus Ihrem Verteiler. Ich habe kein Interesse an weiteren "
        "Nachrichten.",
        quote="outlook",
        charset="iso-8859-1",
        note="polite",
    ),
    email(
        "question",
        "2026-02-03 12:20",
        "Sabine Krüger",
        "Hallo Herr Becker,\n\ngrundsätzlich interessant. Wie sieht denn das Gehaltsband aus, "
        "und ist die Stelle auch komplett remote möglich? Ich wohne in Leipzig und möchte "
        "nicht nach Berlin pendeln.\n\nGruß\nSabine Krüger",
        quote="gmail",
    ),
    email(
        "not_interested",
        "2026-02-05 14:05",
        "Thomas Schneider",
        "Danke für die Anfrage, aber ich bin mit meiner aktuellen Position sehr zufrieden. "
        "Viel Erfolg bei der Suche!",
        quote="outlook",
    ),
    email(
        "not_now",
        "2026-02-24 19:50",
        "Julia Neumann",
        "Hallo Lena,\n\nklingt gut, aber vor Ostern schaffe ich das nicht. Können wir nach "
        "Ostern telefonieren?\n\nLG Julia",
        quote="iphone",
        date="2026-04-07",
        note="nach Ostern",
    ),
    email(
        "referral",
        "2026-02-11 11:30",
        "Stefan Wolf",
        "Hallo Herr Becker,\n\nfür mich ist das nichts, aber mein ehemaliger Kollege Daniel "
        "Lorenz sucht gerade genau so etwas. Seine Adresse: daniel.lorenz@posteo.de - Sie "
        "können gern sagen, dass Sie von mir kommen.\n\nBeste Grüße\nStefan Wolf",
    ),
    email(
        "wrong_person",
        "2026-02-16 15:15",
        "Andreas Fischer",
        "Ich glaube, Sie haben den falschen Andreas Fischer erwischt. Ich bin Steuerberater "
        "und programmiere nicht.",
        quote="gmail",
    ),
    email(
        "accepted_elsewhere",
        "2026-02-18 18:40",
        "Lukas Zimmermann",
        "Hallo Lena, danke für deine Nachricht! Ich habe letzte Woche bei Zalando "
        "unterschrieben und fange im April an. Vielleicht ein andermal.\n\nLukas",
        quote="iphone",
        note="start month is not a not_now date",
    ),
    email(
        "opt_out",
        "2026-02-23 09:20",
        "Monika Hofmann",
        "Kein Interesse, bitte streichen Sie mich aus Ihrer Liste.",
        note="kein Interesse + streichen: opt_out",
    ),
    sms("opt_out", "2026-03-02 20:10", "Stopp"),
    sms("interested", "2026-03-03 12:34", "ja gerne"),
    sms("question", "2026-03-04 08:50", "Was zahlt ihr denn?"),
    email(
        "out_of_office",
        "2026-03-30 07:12",
        "Claudia Richter",
        "Vielen Dank für Ihre E-Mail. Ich bin im Osterurlaub und ab Dienstag, 7. April wieder "
        "im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@richter-bau.de.",
        auto=True,
        html="alt",
        date="2026-04-07",
    ),
    email(
        "question",
        "2026-03-10 16:22",
        "Tobias Schmitt",
        "Moin Jonas,\n\nwie groß ist das Team und an wen würde ich berichten? Gibt es "
        "Rufbereitschaft, und wenn ja, wird die extra vergütet?\n\nTobias",
        quote="android",
    ),
    email(
        "not_interested",
        "2026-03-12 22:15",
        "Sebastian Klein",
        "Na toll, noch ein Recruiter, der nur die erste Zeile meines Profils gelesen hat. Ich "
        'bin Designer, kein "Backend-Rockstar". Nein danke.',
        note="sarcasm; no stop request",
    ),
    email(
        "interested",
        "2026-03-17 10:05",
        "Anna Lehmann",
        "Hallo Frau Vogt,\n\ndas Projekt mit der Fahrer-App klingt wirklich spannend, ich "
        "wollte schon länger in Richtung Logistik. Ich bin dabei, lassen Sie uns einen Termin "
        "finden.\n\nHerzliche Grüße\nAnna Lehmann\nProduct Designerin",
        html="alt",
        quote="gmail",
    ),
    bounce(
        "2026-03-19 13:02",
        "m.koehler@kanzlei-koehler.de",
        "Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.\n\n{rcpt} wurde bei "
        "kanzlei-koehler.de nicht gefunden.\n\nDie Nachricht konnte nicht zugestellt werden "
        "an folgende Empfänger oder Gruppen:\n\n{rcpt}\nDie eingegebene E-Mail-Adresse wurde "
        "nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, "
        "die Nachricht erneut zu senden.\n\nDiagnoseinformationen für Administratoren:\n\n"
        "Generierender Server: {host}\n\n{rcpt}\nRemote Server returned '550 5.1.10 "
        "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
        "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        dsn="exchange",
        html="alt",
        note="exchange ndr, German",
    ),
    email(
        "opt_out",
        "2026-03-24 11:48",
        "Wolfgang Meyer",
        "Das ist jetzt die vierte E-Mail. HÖREN SIE AUF, MIR ZU SCHREIBEN! Beim nächsten Mal "
        "melde ich das als Spam.",
        note="angry",
    ),
    email(
        "accepted_elsewhere",
        "2026-04-02 16:30",
        "Nina Schröder",
        "Danke, dass Sie an mich gedacht haben! Ich habe vor zwei Wochen eine neue Stelle "
        "angenommen und bin daher erst mal raus.",
        quote="apple",
    ),
    email(
        "not_now",
        "2026-04-14 13:55",
        "Martin Koch",
        "Hallo Herr Becker,\n\nim Moment passt es zeitlich gar nicht, wir haben im Sommer "
        "einen großen Launch. Nach dem Sommer gern wieder.\n\nViele Grüße\nMartin Koch",
        quote="outlook",
        date="2026-09-01",
        note="nach dem Sommer",
    ),
    email(
        "referral",
        "2026-04-16 10:40",
        "Jana Huber",
        "Ich bleibe, wo ich bin, aber frag mal Miriam Kaiser, die leitet bei uns SRE und "
        "schaut sich gerade um: miriam.kaiser@web.de",
        quote="iphone",
    ),
    email(
        "wrong_person",
        "2026-04-21 14:14",
        "Christian Bauer",
        "Guten Tag,\n\nich arbeite im Marketing, nicht in der Entwicklung. Sie meinen "
        "vermutlich einen anderen Christian Bauer.\n\nMit freundlichen Grüßen\nChristian Bauer"
        "\nSenior Marketing Manager",
        quote="outlook",
    ),
    email(
        "question",
        "2026-04-23 17:40",
        "Daniel Graf",
        "Grundsätzlich interessiert, aber wie hoch ist das Gehalt? Ich liege aktuell bei 95k fix.",
        note="interested + question: question",
    ),
    # ---------------------------------------------------------------- batch 2
    sms("interested", "2026-04-28 18:02", "ok ruf mich an"),
    sms(
        "opt_out",
        "2026-04-29 21:10",
        "Bitte keine SMS mehr. Woher haben Sie überhaupt meine Nummer?",
        note="angry",
    ),
    email(
        "not_now",
        "2026-05-05 09:25",
        "Simone Frank",
        "Liebe Lena,\n\ndanke dir. Aktuell bin ich noch in der Probezeit beim neuen Projekt. "
        "Sprich mich gern Mitte Juni nochmal an.\n\nSimone",
        date="2026-06-15",
        note="Mitte Juni",
    ),
    email(
        "out_of_office",
        "2026-07-20 06:45",
        "Uwe Berger",
        "Ich bin im Urlaub bis zum 7. August und habe keinen Zugriff auf meine E-Mails. Ihre "
        "Nachricht wird nicht weitergeleitet.",
        auto=True,
        date="2026-08-07",
        charset="iso-8859-1",
        cte="quoted-printable",
        note="until; iso-8859-1 qp",
    ),
    email(
        "question",
        "2026-05-07 12:12",
        "Ayşe Demir",
        "Hallo Frau Vogt,\n\nist das eine Festanstellung oder Freelance? Und muss ich im Team "
        "fließend Deutsch sprechen, oder ist die Arbeitssprache Englisch?\n\nViele Grüße\n"
        "Ayşe Demir",
        quote="outlook",
    ),
    email(
        "not_interested",
        "2026-05-13 15:35",
        "Petra Lange",
        "Danke, aber ich möchte nicht zurück in eine Führungsrolle. Alles Gute für die Suche.",
        html="only",
    ),
    email(
        "opt_out",
        "2026-05-15 10:00",
        "Helmut Krause",
        "Sehr geehrte Frau Vogt,\n\nhiermit widerspreche ich der Verarbeitung meiner Daten "
        "gemäß Art. 21 DSGVO und bitte um Löschung aller über mich gespeicherten Daten. "
        "Kontaktieren Sie mich bitte nicht mehr.\n\nMit freundlichen Grüßen\nHelmut Krause",
        quote="outlook",
        cte="base64",
        note="DSGVO erasure; base64",
    ),
    sms(
        "referral",
        "2026-05-20 19:30",
        "Ich nicht, aber mein Bruder sucht genau sowas. Schreib ihm: jan.peters@gmx.de",
    ),
    sms("wrong_person", "2026-05-27 13:10", "Falsche Nummer, ich kenne keinen Herrn Fischer"),
    sms(
        "accepted_elsewhere", "2026-06-04 17:45", "Hab grad woanders unterschrieben, trotzdem danke"
    ),
    email(
        "interested",
        "2026-06-09 11:00",
        "Leonie Walter",
        "Oh, Alder Logistics kenne ich! Ja, sehr gerne. Wann können wir telefonieren?\n\nLeonie",
        quote="apple",
        note="asks only when to talk",
    ),
    sms("not_now", "2026-06-12 20:30", "grad schlecht, später", note="no date"),
    email(
        "not_now",
        "2026-06-18 16:00",
        "Robert Peters",
        "Hallo Jonas,\n\ndieses Quartal ist bei uns Jahresplanung, da kann ich an nichts "
        "anderes denken. Nach Q3 gerne.\n\nRobert",
        quote="gmail",
        date="2026-10-01",
        note="nach Q3",
    ),
    email(
        "question",
        "2026-07-14 13:30",
        "Florian Schäfer",
        'Wie viele Tage pro Woche sind im Büro vorgesehen? "Hybrid" kann ja alles heißen.',
        quote="android",
    ),
    email("opt_out", "2026-07-22 09:09", "Renate Jung", "Abmelden", note="one word"),
    email(
        "not_interested",
        "2026-07-23 21:40",
        "Kevin Möller",
        "Nach München ziehe ich nicht, sorry. Trotzdem danke.",
        quote="iphone",
    ),
    email(
        "accepted_elsewhere",
        "2026-07-29 14:25",
        "Jan Hahn",
        "Witziges Timing - ich habe am Freitag ein Angebot von SAP angenommen. Trotzdem danke "
        "und viel Erfolg!\n\nJan Hahn\nStaff Engineer",
        quote="outlook",
    ),
    email(
        "wrong_person",
        "2026-08-05 16:50",
        "Birgit Schmid",
        "Hallo, hier ist der Mann von Birgit. Sie nutzt diese Adresse kaum noch und ist "
        "ohnehin Apothekerin, ich glaube nicht, dass sie die Richtige für Sie ist.",
    ),
    email(
        "out_of_office",
        "2026-08-03 07:30",
        "Sandra Winkler",
        "Vielen Dank für Ihre Nachricht. Ich bin im Urlaub. Ab dem 24.08. bin ich wieder im "
        "Büro und melde mich dann bei Ihnen.",
        auto=True,
        date="2026-08-24",
        note="numeric date d.m.",
    ),
    bounce(
        "2026-08-12 10:40",
        "sven.ott@t-online.de",
        "This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your "
        "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "                   The mail system\n\n<{rcpt}>: host {host}[194.25.134.8] said: 550 "
        "5.1.1\n    <{rcpt}>: Recipient address rejected: User unknown (in reply to RCPT TO "
        "command)",
        "5.1.1",
        "550 5.1.1 <sven.ott@t-online.de>: Recipient address rejected: User unknown",
        note="postfix dsn, English notice",
    ),
    email(
        "interested",
        "2026-08-18 15:20",
        "Moritz Schulte",
        "Auf jeden Fall interessiert. Ich habe in meinen letzten zwei Jobs mit der "
        "Northwind-API gearbeitet und kenne die Schmerzpunkte genau :) Wie geht's weiter?",
        note="asks next step only",
    ),
    email(
        "not_now",
        "2026-08-26 18:10",
        "Laura Köhler",
        "Hallo Lena, ich ziehe gerade um und habe den Kopf nicht frei. Meld dich gern in "
        "einigen Wochen nochmal!",
        quote="iphone",
        date="2026-09-16",
        note="in einigen Wochen",
    ),
    email(
        "opt_out",
        "2026-08-31 19:40",
        "Dieter Vogel",
        "Ich habe mich schon zweimal abgemeldet und bekomme trotzdem weiter diese Mails. "
        "Schluss jetzt.",
        quote="apple",
        note="angry; implicit stop",
    ),
    email(
        "not_now",
        "2026-09-30 10:50",
        "Carina Roth",
        "Hallo Herr Becker,\n\nspannend, aber ich möchte unsere Series B noch begleiten. "
        "Anfang nächsten Jahres bin ich offener dafür. Melden Sie sich dann gern "
        "wieder?\n\nBeste Grüße\nCarina Roth",
        quote="outlook",
        date="2027-01-01",
        note="Anfang nächsten Jahres",
    ),
    email(
        "referral",
        "2026-09-08 09:45",
        "Philipp Arnold",
        "Ich suche nicht, habe Ihre Mail aber an Ana Winter weitergeleitet, die beste "
        "Data Engineerin aus meinem alten Team. Sie sucht gerade was Neues: "
        "ana.winter@posteo.de. Sie weiß Bescheid.",
        quote="gmail",
    ),
    sms("not_interested", "2026-09-10 12:10", "nein danke"),
    email(
        "interested",
        "2026-09-15 16:45",
        "Johannes Brandt",
        "Hallo Jonas,\n\nja, bin offen dafür. Hier mein Kalender, such dir einfach was aus: "
        "https://cal.com/jbrandt/30min\n\nJohannes",
        html="only",
        note="html-only",
    ),
    email(
        "out_of_office",
        "2026-10-12 08:20",
        "Eva Haas",
        "Vielen Dank für Ihre Nachricht. Ich befinde mich bis zum 31. März 2027 in Elternzeit. "
        "Ihre E-Mail wird nicht weitergeleitet.",
        auto=True,
        date="2027-03-31",
        note="Elternzeit until",
    ),
    # ---------------------------------------------------------------- batch 3
    email(
        "question",
        "2026-10-20 15:00",
        "Marco Keller",
        "Ist die EM-Rolle noch hands-on? Ich würde gern weiter ca. 20 % programmieren. Und wie "
        "ist das Gehalt aufgebaut, gibt es VSOPs?",
        quote="gmail",
    ),
    email(
        "wrong_person",
        "2026-10-27 13:20",
        "Peter Voigt",
        "Hallo, ich bin kein Softwareentwickler, sondern Bauleiter. Vermutlich haben Sie mich "
        'wegen "Northwind" in meinem alten Profil gefunden (andere Firma!).',
        quote="outlook",
    ),
    email(
        "accepted_elsewhere",
        "2026-11-03 19:55",
        "Lisa Sommer",
        "Hallo Lena, danke dir! Ich habe leider gerade ein Angebot woanders angenommen, "
        "Start ist am 1. Dezember. Gern aber für die Zukunft in Kontakt bleiben.",
        quote="iphone",
        note="start date is not a not_now date",
    ),
    sms("interested", "2026-11-05 16:30", "Klingt gut, ruf mich nach 17 Uhr an"),
    sms("opt_out", "2026-11-09 11:00", "STOP"),
    email(
        "not_now",
        "2026-11-11 09:10",
        "Oliver Brandl",
        "Hallo Frau Vogt,\n\ndanke für die Nachricht. Bis Jahresende ist bei uns die Hölle "
        "los. Nach Weihnachten gern!\n\nGruß\nOliver Brandl",
        quote="outlook",
        date="2027-01-02",
        note="nach Weihnachten",
    ),
    email(
        "out_of_office",
        "2026-12-23 07:10",
        "Heike Friedrich",
        "Guten Tag,\n\nzwischen den Jahren bin ich nicht erreichbar. Ab Montag, 4. Januar 2027 "
        "bin ich wieder für Sie da.\n\nFrohe Festtage!\nHeike Friedrich",
        auto=True,
        html="only",
        date="2027-01-04",
        note="html-only",
    ),
    bounce(
        "2026-11-17 14:00",
        "tim.seidel@gmx.de",
        "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\n"
        "Die Zustellung an folgende Empfänger ist fehlgeschlagen:\n\n     {rcpt}\n\n"
        "Grund: Das Postfach des Empfängers ist voll. (552 5.2.2 Mailbox full)",
        "5.2.2",
        "552 5.2.2 Mailbox full",
        charset="iso-8859-1",
        note="mailbox full, German notice",
    ),
    email(
        "question",
        "2026-12-01 17:30",
        "Miriam Engel",
        "Kurze Frage vorab: Was ist das Grundgehalt? Und sitzt das Team komplett remote oder "
        "irgendwo in einem Büro?",
        quote="apple",
    ),
    email(
        "not_now",
        "2026-12-01 20:05",
        "Benjamin Pohl",
        "Diese Woche geht nicht, melden Sie sich in 2 Wochen nochmal.",
        quote="android",
        date="2026-12-15",
        note="in N weeks",
    ),
    email(
        "not_interested",
        "2026-12-02 12:40",
        "Michael Lorenz",
        "Hallo Herr Becker, danke für die Anfrage. Ich habe darüber nachgedacht, aber es ist "
        "nicht der richtige Schritt für mich. Ich fühle mich hier sehr wohl. Alles Gute!",
        quote="outlook",
        charset="iso-8859-1",
    ),
    email(
        "referral",
        "2026-12-08 10:30",
        "Dmitri Ivanov",
        "Ich bin dafür der Falsche, ich bin vor einem Jahr ins Produktmanagement gewechselt. "
        "Aber Kemal Yilmaz aus meinem alten Team wäre perfekt: kemal.yilmaz@gmail.com. Ich "
        "habe ihn in CC gesetzt.",
        note="wrong person + referral: referral",
    ),
    email(
        "interested",
        "2026-12-10 18:20",
        "Jasmin Albrecht",
        "Hallo Lena,\n\nehrlich gesagt perfektes Timing. Seit der Übernahme ist es hier "
        "ziemlich unruhig. Ja, ich würde gern mehr erfahren. Donnerstag nach 14 Uhr hätte ich "
        "Zeit.\n\nJasmin",
        quote="gmail",
        note="interested with a meeting day, not a deferral",
    ),
    email(
        "opt_out",
        "2027-01-05 09:00",
        "Gisela Horn",
        "Bitte nehmen Sie mich aus Ihrem Verteiler. Danke.",
        html="only",
        quote="outlook",
    ),
    email(
        "not_now",
        "2027-01-13 15:30",
        "Sven Kuhn",
        "Gerade nicht, ich stecke in einem Projekt, das Ende Februar abgeschlossen ist. Danach "
        "gern.",
        quote="iphone",
        date="2027-03-01",
        note="Ende Februar",
    ),
    sms("question", "2027-01-12 12:45", "ist das remote?"),
    email(
        "not_now",
        "2027-02-09 16:10",
        "Franziska Beck",
        "Danke Lena! Ich würde gern reden, aber erst nach Ostern, vorher ist bei mir "
        "Elternzeit-Übergabe.",
        date="2027-03-30",
        note="nach Ostern 2027",
    ),
    email(
        "out_of_office",
        "2027-02-26 17:00",
        "Ralf Günther",
        "Bin auf Dienstreise, ab Mittwoch wieder am Schreibtisch. Melde mich dann!",
        quote="iphone",
        date="2027-03-03",
        note="typed by hand, no auto headers; weekday",
    ),
    email(
        "wrong_person",
        "2027-02-18 20:30",
        "Sarah Weiß",
        "Sie haben die falsche Person. Ich bin nicht die Sarah, die Sie suchen - das ist eine "
        "Familienadresse.",
        quote="gmail",
    ),
    email(
        "accepted_elsewhere",
        "2027-02-22 14:30",
        "Maximilian Roth",
        "Hi! Danke, aber ich habe gerade bei Celonis unterschrieben und freue mich sehr "
        "darauf. Lass uns trotzdem in Kontakt bleiben!",
        quote="android",
    ),
    email(
        "interested",
        "2027-03-02 13:50",
        "René Schwarz",
        "Hallo Herr Becker,\n\nja, ich bin interessiert. Ich betreibe seit sechs Jahren "
        "Postgres im großen Stil und würde gern mehr über das Multi-Region-Setup hören.\n\n"
        "Beste Grüße\nRené Schwarz",
        cte="quoted-printable",
        quote="outlook",
        charset="iso-8859-1",
        note="quoted-printable; iso-8859-1",
    ),
    email(
        "not_now",
        "2027-03-17 10:20",
        "Katharina Wolff",
        "Hallo Lena, bis zum Projektende kann ich nicht wechseln. Ab dem 3. Mai bin ich frei "
        "für Gespräche.",
        date="2027-05-03",
        note="ab <date>",
    ),
    email(
        "opt_out",
        "2027-03-15 11:30",
        "Jens Albers",
        "Please unsubscribe me. Bitte keine weiteren Mails, danke.",
        note="opt-out in mixed languages",
    ),
    email(
        "question",
        "2027-03-23 21:50",
        "Matthias Otto",
        "Wie läuft der Bewerbungsprozess ab? Ich habe ein Neugeborenes zu Hause, ein ganzer "
        "Tag vor Ort wäre gerade schwierig.",
        quote="iphone",
    ),
    email(
        "not_interested", "2027-04-06 19:40", "Jonas Frey", "Nein.", quote="iphone", note="one word"
    ),
    sms("not_now", "2027-04-13 18:00", "später", note="no date"),
    sms(
        "referral",
        "2027-04-27 18:20",
        "Ich nicht, aber frag meine Kollegin Sarah: sarah.lind@posteo.de",
    ),
    email(
        "opt_out",
        "2027-05-04 21:00",
        "Volker Hartwig",
        "Wow, die fünfte Mail diesen Monat. Ich bin begeistert. Nehmen Sie mich von welcher "
        "Liste auch immer runter.",
        note="sarcasm opt-out",
    ),
    email(
        "out_of_office",
        "2027-05-13 08:30",
        "Tanja Böhm",
        "Vielen Dank für Ihre Nachricht. Ich nehme heute und morgen frei und bin ab Montag "
        "wieder erreichbar.",
        auto=True,
        date="2027-05-17",
        note="weekday",
    ),
    email(
        "interested",
        "2027-05-11 14:40",
        "Farah Aziz",
        "Genau so eine Stelle suche ich schon länger. Ja!\n\nFarah",
        quote="outlook",
        html="alt",
    ),
    bounce(
        "2027-05-18 03:20",
        "d.fuchs@fuchs-it.de",
        "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.\n\n      Betreff:"
        "\t{subject}\n\nFolgende Empfänger konnten nicht erreicht werden:\n\n      "
        "'{rcpt}'\n            550 5.1.1 Benutzer unbekannt",
        "5.1.1",
        "550 5.1.1 Benutzer unbekannt",
        dsn="plain",
        charset="iso-8859-1",
        note="old Exchange, non-standard",
    ),
    email(
        "not_now",
        "2027-05-26 15:00",
        "Caroline Vogt",
        "Hallo Jonas, interessant, aber ich stecke in den Mitarbeitergesprächen. Nächsten "
        "Monat gern.",
        quote="outlook",
        date="2027-06-01",
        note="nächsten Monat",
    ),
    email(
        "question",
        "2027-06-08 17:20",
        "Ahmad Karimi",
        "Braucht man für die Stelle eine Sicherheitsüberprüfung? Ich habe keinen deutschen "
        "Pass, aber eine Niederlassungserlaubnis.",
        quote="gmail",
    ),
    email(
        "not_interested",
        "2027-06-15 13:20",
        "Bettina Kraft",
        "Ich steige ganz aus der IT aus und fange ein Studium an, daher nichts für mich. "
        "Danke trotzdem!",
        quote="apple",
    ),
    email(
        "out_of_office",
        "2027-06-28 07:55",
        "Hannes Lindner",
        "Ich bin bis 9. Juli im Urlaub.\nI am on vacation until 9 July.\n\nHannes Lindner",
        auto=True,
        date="2027-07-09",
        note="bilingual German/English ooo",
    ),
    email(
        "wrong_person",
        "2027-06-22 10:00",
        "Tanja Morgen",
        "Haha, ich bin selbst Recruiterin. Das sollte wohl an eine Kandidatin gehen, nicht "
        "an mich!",
        quote="gmail",
        note="humour",
    ),
    email(
        "not_now",
        "2027-07-06 11:15",
        "Dennis Ludwig",
        "Diese Woche bin ich komplett dicht. Rufen Sie mich am Montag an?",
        date="2027-07-12",
        note="weekday",
    ),
    email(
        "accepted_elsewhere",
        "2027-07-20 16:30",
        "Gabriel Sommer",
        "Danke Lena. Ich habe woanders zugesagt und fange nächsten Monat an, daher passe ich. "
        "Denk in einem Jahr oder so gern wieder an mich.",
        quote="outlook",
        note="accepted + vague future: accepted_elsewhere",
    ),
    email(
        "interested",
        "2027-08-03 12:10",
        "Kira Lindemann",
        "Sehr gerne. Unter welcher Nummer erreiche ich Sie am besten?",
        quote="iphone",
        note="asks only how to talk",
    ),
    email(
        "out_of_office",
        "2027-08-09 08:00",
        "Norbert Engel",
        "Ich bin derzeit nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meine "
        "Kollegin Frau Seidel (seidel@engel-partner.de).",
        auto=True,
        note="no date; naming a colleague is not a referral",
    ),
    email(
        "opt_out",
        "2027-08-26 08:15",
        "Walter Brenner",
        "Kontaktieren Sie mich nicht mehr.",
        quote="outlook-old",
        charset="iso-8859-1",
    ),
    email(
        "referral",
        "2027-09-02 11:40",
        "Helena Park",
        "Ich bin glücklich bei Stripe, aber mein Freund Tom Berger (tom.berger@posteo.de) "
        "sucht seit ein paar Monaten eine EM-Rolle im Payments-Bereich. Ich habe ihn in CC.",
        quote="apple",
    ),
    email(
        "not_now",
        "2027-09-08 14:00",
        "Ulrike Sander",
        "Grundsätzlich ja, aber erst nach dem 15.10., dann ist mein aktuelles Projekt "
        "abgeschlossen.",
        quote="gmail",
        date="2027-10-16",
        note="after numeric date d.m.",
    ),
    email(
        "question",
        "2027-10-05 15:00",
        "Ingrid Sauer",
        "Hallo Jonas,\n\nvielleicht! Zwei Fragen: Wird die Rufbereitschaft bezahlt, und wie "
        "viele Leute teilen sich den Dienst?\n\nDanke\nIngrid",
        html="only",
    ),
    sms("opt_out", "2027-10-12 20:30", "stopp bitte"),
    email(
        "not_now",
        "2027-10-20 13:00",
        "Lars Hoffmann",
        "Derzeit nicht, vielleicht nächstes Jahr.",
        date="2028-01-01",
        note="not now + later: not_now",
    ),
    email(
        "interested",
        "2027-10-19 21:00",
        "Ryan Kowalski",
        "hey ja, bin für nen call zu haben. denk eh schon länger übers wechseln nach. abends "
        "ist besser",
        quote="android",
        note="lower case, informal",
    ),
    email(
        "not_interested",
        "2027-10-26 13:40",
        "Dagmar Kühn",
        "Danke, dass Sie an mich gedacht haben. Ich habe entschieden, auf absehbare Zeit bei "
        "meinem jetzigen Arbeitgeber zu bleiben.",
        quote="outlook",
    ),
    email(
        "wrong_person",
        "2027-11-02 09:30",
        "Jutta Hauser",
        "Hallo Frau Vogt, ich glaube, das war für jemand anderen gedacht. Ich bin hier die "
        "Office-Managerin, keine Entwicklerin.",
        quote="outlook",
    ),
    email(
        "accepted_elsewhere",
        "2027-11-09 16:50",
        "Marco Bianchi",
        "Ich habe letzten Montag bei Personio angefangen, also nein, aber danke!",
        quote="gmail",
    ),
    email(
        "out_of_office",
        "2027-12-20 07:40",
        "Karin Ulrich",
        "Vielen Dank für Ihre Nachricht. Vom 20.12. bis 02.01. bin ich nicht im Haus. Ab dem "
        "03.01.2028 bin ich wieder erreichbar.",
        auto=True,
        html="alt",
        cte="base64",
        date="2028-01-03",
        note="numeric dates; base64",
    ),
    email(
        "not_now",
        "2027-11-24 10:20",
        "Paul Reichert",
        "Klingt interessant, aber vor Jahresende bewege ich mich nicht. Nach den Feiertagen gern.",
        quote="outlook",
        date="2028-01-02",
        note="nach den Feiertagen (winter)",
    ),
    bounce(
        "2027-01-14 12:20",
        "k.maier@example-gmbh.de",
        "** Adresse nicht gefunden **\n\nIhre Nachricht wurde nicht an {rcpt} zugestellt, "
        "weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.\n\nDie "
        "Antwort war:\n\n550 5.1.1 The email account that you tried to reach does not exist.",
        "5.1.1",
        "550-5.1.1 The email account that you tried to reach does not exist.",
        dsn="gmail",
        html="alt",
        note="gmail dsn, German",
    ),
    bounce(
        "2027-09-14 15:50",
        "p.wagner@novacraft.de",
        "This is the mail system at host mail.northwind.example.\n\nI'm sorry to have to "
        "inform you that your message could not\nbe delivered to one or more recipients.\n\n"
        "                   The mail system\n\n<{rcpt}>: Host or domain name not found. Name "
        "service error for\n    name=novacraft.de type=MX: Host not found",
        "5.4.4",
        "Host or domain name not found",
        note="domain gone",
    ),
    sms("not_interested", "2027-11-16 13:10", "nee, kein Bedarf"),
    email(
        "question",
        "2027-11-23 16:10",
        "Lilly Brandt",
        "Klingt spannend. Ist beim Titel Spielraum? Ich bin seit drei Jahren Staff und würde "
        "nicht auf Senior zurückgehen.",
        quote="gmail",
    ),
    email(
        "opt_out",
        "2027-11-30 12:40",
        "Gerd Hauck",
        "Ich habe kein Interesse und möchte, dass Sie mir keine solchen Nachrichten mehr "
        "schicken. Danke.",
        quote="apple",
        note="not interested + stop: opt_out",
    ),
    sms("opt_out", "2026-06-23 10:00", "Abmelden"),
    email(
        "interested",
        "2027-01-21 09:30",
        "Hendrik Paulsen",
        "Moin Frau Vogt,\n\nklingt nach genau dem, was ich suche. Schicken Sie mir gerne die "
        "Stellenbeschreibung, dann können wir telefonieren.\n\nGruß aus Kiel\nHendrik",
        quote="outlook-old",
        charset="iso-8859-1",
    ),
    email(
        "interested",
        "2027-04-20 10:10",
        "Selin Aksoy",
        "Hallo Jonas, ich bin dabei! Das klingt wirklich gut.\n\nSelin",
        quote="iphone",
        note="stop only in quote",
    ),
    email(
        "not_interested",
        "2027-09-21 08:45",
        "Frank Ebert",
        "Danke, aber Fintech reizt mich überhaupt nicht. Ich bleibe im Gesundheitswesen.",
        quote="outlook",
    ),
    # ---------------------------------------------------------------- batch 4
    email(
        "interested",
        "2026-03-26 12:30",
        "Noah Krämer",
        "Hallo Jonas, sorry, deine SMS ist untergegangen! Ja, ich hätte Lust auf ein Gespräch. "
        "Mittags passt es mir meistens.",
        touch=-1,
        note="STOPP only in quote",
    ),
    email(
        "not_now",
        "2026-12-03 08:20",
        "Ella Jansen",
        "Danke für die Erinnerung. Vor meinem Bonus im April wechsle ich nicht, danach gern.",
        touch=-1,
        quote="iphone",
        date="2027-04-01",
        note="STOPP only in quote; event tied to a month",
    ),
    email(
        "interested",
        "2026-06-30 13:10",
        "Lea Ostermann",
        "Klingt gut, ich bin dabei. Schicken Sie mir einfach einen Termin.",
        quote="bottom",
        note="bottom-posted",
    ),
    email(
        "not_interested",
        "2027-03-30 18:40",
        "Rüdiger Abel",
        "Danke, aber ich passe.",
        quote="bottom",
        note="bottom-posted",
    ),
    email(
        "question",
        "2026-10-13 09:40",
        "Andreas Wendt",
        "Sehr geehrter Herr Becker,\n\nkönnen Sie mir mehr zur Rufbereitschaft sagen und zum "
        "Verhältnis von Neuentwicklung und Wartung?\n\nMit freundlichen Grüßen\nAndreas Wendt\n"
        "Lead Engineer\n\nMüller & Wendt Software GmbH\nKaiserstraße 12, 60311 Frankfurt am "
        "Main\nGeschäftsführer: Dr. Klaus Müller, Andreas Wendt\nAmtsgericht Frankfurt am "
        "Main, HRB 123456\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte "
        "Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich "
        "erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese "
        "Mail.",
        quote="outlook",
        html="alt",
        note="Pflichtangaben signature",
    ),
    email(
        "opt_out",
        "2027-02-02 10:00",
        "Claudia Hense",
        "Bitte nehmen Sie mich aus Ihrer Kartei.\n\nMfG\nClaudia Hense\n\n-- \nClaudia Hense | "
        "Head of Platform\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
        quote="outlook",
        note="with signature",
    ),
    email(
        "referral",
        "2027-05-25 15:20",
        "Conrad Weiß",
        "Für mich nicht, aber sprechen Sie doch direkt Marek Nowak an: marek.nowak@gmail.com. "
        "Er hat gerade bei Delivery Hero aufgehört und sucht.",
        quote="gmail",
    ),
    sms(
        "wrong_person", "2027-02-09 19:00", "Ich bin nicht Herr Fischer, das ist eine neue Nummer."
    ),
    sms(
        "opt_out",
        "2026-10-01 17:10",
        "Bitte keine SMS mehr, lieber per Mail",
        note="stop on one channel is still opt_out",
    ),
    email(
        "opt_out",
        "2026-08-20 11:20",
        "Harald Fink",
        "Ja, ich bin sehr interessiert - und zwar daran, aus Ihrem Verteiler gelöscht zu werden.",
        note="sarcasm: 'interessiert' + remove",
    ),
    email(
        "not_interested",
        "2026-05-28 16:00",
        "Piotr Nowicki",
        "Thanks, but I'm not looking to leave Berlin.\n\nBest,\nPiotr",
        lang="en",
        quote="gmail",
        note="English reply to a German message",
    ),
    email(
        "question",
        "2027-02-25 11:30",
        "Aisha Rahman",
        "Hi Dana, is the role open to people who don't speak German yet? I'm learning, but "
        "I'm at B1.",
        lang="en",
        quote="gmail",
        note="English reply",
    ),
    email(
        "accepted_elsewhere",
        "2026-06-24 16:00",
        "Hugo Marschall",
        "Danke Lena, ich habe gerade ein Angebot bei einer anderen Logistikfirma angenommen "
        "und muss daher absagen. Viel Erfolg!",
        html="only",
        note="html-only",
    ),
    email(
        "referral",
        "2027-07-27 12:10",
        "Nora Quandt",
        "Warum schreiben Sie mir ständig? Ich bin PM. Sie suchen meinen Kollegen Raj: "
        "raj.patel@outlook.de",
        quote="apple",
        note="annoyed but no stop request",
    ),
    email(
        "out_of_office",
        "2026-08-19 04:00",
        "Zara Ahmadi",
        "Hallo! Ich bin bis Mitte September auf Weltreise und lese nur selten Mails.",
        quote="none",
        date="2026-09-15",
        extra={"X-Autoreply": "yes"},
        note="vacation responder without Auto-Submitted; Mitte",
    ),
    email(
        "interested",
        "2027-06-01 09:15",
        "Urs Baumgartner",
        "Grüezi Frau Vogt\n\nMerci für Ihre Nachricht. Gerne würde ich mehr erfahren. Wann "
        "passt es Ihnen?\n\nFreundliche Grüsse\nUrs Baumgartner",
        quote="outlook",
        note="Swiss German",
    ),
    email(
        "not_now",
        "2027-10-06 17:45",
        "Florian Gruber",
        "Servus Jonas, klingt leiwand, aber ich bleib noch beim aktuellen Projekt. Meld dich "
        "im Jänner!",
        quote="android",
        date="2028-01-01",
        note="Jänner (Austrian)",
    ),
    # ---------------------------------------------------------------- batch 5
    bounce(
        "2026-06-17 11:35",
        "j.moser@kanzlei-moser.de",
        "Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.\n"
        "\n"
        "Die E-Mail-Adresse des Empfängers scheint keine Nachrichten von außerhalb der "
        "Organisation anzunehmen.\n"
        "\n"
        "So beheben Sie das Problem: Wenden Sie sich auf andere Weise (z. B. telefonisch) an den "
        "Empfänger.\n"
        "\n"
        "Diagnoseinformationen für Administratoren:\n"
        "\n"
        "Generierender Server: {host}\n"
        "\n"
        "{rcpt}\n"
        "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied.'",
        "5.4.1",
        "550 5.4.1 Recipient address rejected: Access denied.",
        dsn="exchange",
        html="alt",
        note="Microsoft 365 access denied, German",
    ),
    bounce(
        "2027-04-13 09:00",
        "a.hartung@stadtwerke-nord.de",
        "This is the mail system at host mail.northwind.example.\n"
        "\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n"
        "\n"
        "                   The mail system\n"
        "\n"
        "<{rcpt}>: host {host}[192.0.2.44] said: 550 5.7.1 Message rejected\n"
        "    due to local policy (in reply to end of DATA command)",
        "5.7.1",
        "550 5.7.1 Message rejected due to local policy",
        note="policy rejection",
    ),
    # --- appended 2026-12-06 by a new writer (session 22): opt-outs in many wordings and
    # hard negatives that are not; written before any rule was changed.
    email(
        "opt_out",
        "2027-01-12 09:20",
        "Katrin Vogel",
        "Bitte keine weiteren Nachrichten.",
        note="new writer s22",
    ),
    sms("opt_out", "2027-01-14 19:05", "Keine SMS mehr bitte", note="new writer s22"),
    email(
        "opt_out",
        "2027-01-21 11:11",
        "Dr. Jürgen Haas",
        "Sehr geehrte Frau Reyes,\n\nich fordere Sie auf, meine personenbezogenen Daten gemäß "
        "Art. 17 DSGVO unverzüglich zu löschen und mich nicht mehr zu kontaktieren.\n\nMit "
        "freundlichen Grüßen\nJürgen Haas",
        quote="outlook",
        note="new writer s22; dsgvo",
    ),
    email(
        "opt_out",
        "2027-01-28 16:40",
        "Tobias Lenz",
        "Hören Sie auf, mich anzuschreiben.",
        note="new writer s22; angry",
    ),
    email(
        "opt_out",
        "2027-02-03 08:15",
        "Miriam Brandt",
        "Ich möchte nicht mehr kontaktiert werden. Danke.",
        quote="iphone",
        note="new writer s22; polite",
    ),
    email(
        "opt_out",
        "2027-02-10 13:30",
        "Felix Neumann",
        "Nehmen Sie mich bitte aus Ihrem Verteiler.",
        quote="outlook",
        note="new writer s22",
    ),
    sms("opt_out", "2027-02-17 20:00", "Abmelden bitte", note="new writer s22"),
    email(
        "opt_out",
        "2027-02-24 10:45",
        "Sandra Keller",
        "Zum dritten Mal: kein Interesse, und bitte keine Mails mehr!",
        note="new writer s22; angry",
    ),
    email(
        "opt_out",
        "2027-03-03 15:05",
        "Heiko Roth",
        "Bitte streichen Sie mich aus Ihrer Kandidatendatenbank.",
        quote="apple",
        note="new writer s22",
    ),
    email(
        "opt_out",
        "2027-03-10 09:50",
        "Lea Hartmann",
        "Lass mich bitte in Ruhe mit diesen Angeboten.",
        note="new writer s22; indirect",
    ),
    email(
        "wrong_person",
        "2027-03-17 12:00",
        "Ralf Böhm",
        "Ich habe vor zwei Jahren aufgehört, als Entwickler zu arbeiten, ich bin jetzt Lehrer. Da "
        "sind Sie bei mir falsch.",
        note="new writer s22; hard negative: aufgehört",
    ),
    email(
        "interested",
        "2027-03-24 14:35",
        "Nina Schulz",
        "Gern! Ich kann am Donnerstag bei Ihnen im Büro vorbeischauen.",
        quote="outlook",
        note="new writer s22; hard negative: stop by",
    ),
    email(
        "question",
        "2027-03-31 10:20",
        "Dennis Frank",
        "Klingt interessant. Könnten Sie die Frage nach dem aktuellen Gehalt aus dem Formular "
        "entfernen? Und wie hoch ist das Budget für die Stelle?",
        note="new writer s22; hard negative: entfernen",
    ),
    email(
        "not_now",
        "2027-02-15 11:10",
        "Carina Wolf",
        "Gerade passt es nicht, aber melden Sie sich gerne nach Ostern wieder.",
        date="2027-03-30",
        note="new writer s22; nach Ostern",
    ),
    email(
        "not_interested",
        "2027-04-07 09:00",
        "Uwe Krämer",
        "Kein Interesse, danke.",
        note="new writer s22; hard negative",
    ),
    sms("interested", "2027-04-14 17:30", "Ja gerne, rufen Sie mich an", note="new writer s22"),
    # --- appended 2026-12-06, second batch (session 22): hard negatives with risky words and
    # opt-outs in other styles; written after the first held-out measurement, before any change.
    email(
        "interested",
        "2027-05-03 09:10",
        "Anja Seidel",
        "Ja, gerne! Ich bin nicht mehr bei Atalaya, schreiben Sie mir bitte an diese Adresse.",
        note="new writer s22b; hard negative: nicht mehr",
    ),
    email(
        "wrong_person",
        "2027-05-10 11:40",
        "Bernd Kraus",
        "Ich mache seit Jahren nichts mehr mit Software, ich bin jetzt im Vertrieb. Falscher "
        "Ansprechpartner.",
        note="new writer s22b; hard negative: nichts mehr",
    ),
    email(
        "referral",
        "2027-05-17 14:05",
        "Julia Lorenz",
        "Für mich nichts, aber mein Kollege Jan Weber sucht: jan.weber@gmail.com.",
        note="new writer s22b; referral with address",
    ),
    email(
        "not_interested",
        "2027-05-24 16:30",
        "Oliver Franke",
        "Danke, kein Bedarf. Ich bin zufrieden.",
        note="new writer s22b; hard negative",
    ),
    email(
        "question",
        "2027-05-31 10:15",
        "Petra Engel",
        "Wie hoch ist das Gehalt? Ich möchte nicht noch mehr Zeit in Prozesse stecken, die nicht "
        "passen.",
        note="new writer s22b; hard negative: nicht noch mehr",
    ),
    email(
        "interested",
        "2027-06-07 12:50",
        "Stefan Berger",
        "Klingt gut. Meine alte Nummer können Sie löschen, die neue ist 0171 2345678.",
        note="new writer s22b; hard negative: alte Nummer löschen",
    ),
    email(
        "opt_out",
        "2027-06-14 08:20",
        "Monika Jung",
        "Ich habe schon zweimal abgesagt. Bitte unterlassen Sie weitere Anfragen.",
        note="new writer s22b; angry",
    ),
    email(
        "opt_out",
        "2027-06-21 13:35",
        "Rainer Vogt",
        "Bitte nehmen Sie Abstand von weiteren Kontaktversuchen.",
        note="new writer s22b; formal",
    ),
]

# --- appended 2026-12-06, third batch (session 23, a new writer who had not read the classifier):
# many opt-outs in every wording, and hard negatives that use stop / remove / list / no more.
REPLIES += [
    email(
        "opt_out",
        "2026-02-04 09:30",
        "Andreas Keller",
        "Sehr geehrte Frau Vogt,\n\nhiermit widerspreche ich gemäß Art. 21 DSGVO der "
        "Verarbeitung meiner personenbezogenen Daten und verlange deren Löschung nach Art. 17 "
        "DSGVO. Bitte bestätigen Sie mir die Löschung schriftlich.\n\nMit freundlichen Grüßen\n"
        "Dr. Andreas Keller",
        quote="outlook",
        note="new writer s23; legalistic: DSGVO objection and erasure",
    ),
    sms(
        "opt_out",
        "2026-02-12 18:40",
        "STOPP. Keine SMS mehr bitte.",
        note="new writer s23; sms caps",
    ),
    email(
        "opt_out",
        "2026-02-25 13:15",
        "Tim Hoffmann",
        "Hallo Jonas,\n\nkein Interesse. Bitte streichen Sie mich aus Ihrem Verteiler.\n\n"
        "Gruß\nTim",
        note="new writer s23; plain no plus Verteiler",
    ),
    sms(
        "opt_out",
        "2026-03-05 12:50",
        "Woher haben Sie meine Nummer? Ich möchte nicht mehr angeschrieben werden.",
        note="new writer s23; indirect: woher haben Sie meine Nummer",
    ),
    email(
        "opt_out",
        "2026-03-19 07:45",
        "Petra Zimmermann",
        "Bitte nicht mehr schreiben, danke.",
        quote="iphone",
        note="new writer s23; short, mobile",
    ),
    email(
        "opt_out",
        "2026-04-02 15:20",
        "Sabine Krüger",
        "Guten Tag,\n\nich habe inzwischen eine neue Stelle angenommen. Bitte nehmen Sie mich "
        "aus Ihrer Kartei, weitere Angebote brauche ich nicht.\n\nViele Grüße\nSabine Krüger",
        charset="iso-8859-1",
        quote="outlook",
        note="new writer s23; mixed: accepted elsewhere, then asks to be removed; latin-1",
    ),
    email(
        "opt_out",
        "2026-04-16 10:05",
        "Markus Lehmann",
        "Hallo Lena,\n\nklingt spannend, passt aber gerade nicht zu mir.\n\nBeste Grüße\nMarkus"
        "\n\nPS: Bitte löschen Sie meine Kontaktdaten aus Ihrer Datenbank.",
        quote="apple",
        note="new writer s23; the stop request is in a PS",
    ),
    sms(
        "opt_out",
        "2026-04-23 19:55",
        "LASSEN SIE MICH ENDLICH IN RUHE!!! Das ist schon die dritte Nachricht.",
        note="new writer s23; angry, caps",
    ),
    email(
        "opt_out",
        "2026-05-07 08:35",
        "Jens Fischer",
        "Bitte ncht mehr kontaktieren. Danke",
        quote="android",
        note="new writer s23; typo: ncht",
    ),
    email(
        "opt_out",
        "2026-05-20 14:25",
        "Daniel Harper",
        "Please remove me from your mailing list. Thanks.",
        lang="en",
        note="new writer s23; english reply to a german outreach",
    ),
    sms(
        "opt_out",
        "2026-06-03 17:10",
        "bitte austragen",
        note="new writer s23; sms: austragen",
    ),
    email(
        "opt_out",
        "2026-06-17 11:45",
        "Helmut Wagner",
        "Sehr geehrte Damen und Herren,\n\nich bitte darum, von weiteren Kontaktaufnahmen "
        "jeglicher Art abzusehen. Ich habe meine Daten zu keinem Zeitpunkt für Recruitingzwecke "
        "freigegeben.\n\nMfG\nH. Wagner",
        quote="outlook-old",
        note="new writer s23; formal: von weiteren Kontaktaufnahmen absehen",
    ),
    email(
        "opt_out",
        "2026-07-01 09:10",
        "Lisa Brandl",
        "Abmelden",
        html="only",
        note="new writer s23; one word; html only",
    ),
    email(
        "opt_out",
        "2026-07-15 16:50",
        "Uwe Schröder",
        'Ehrlich gesagt nervt das. Ich habe im Profil "keine Recruiter-Anfragen" eingestellt, '
        "und trotzdem kommt das hier. Schreiben Sie mir nicht wieder.",
        note="new writer s23; angry: schreiben Sie mir nicht wieder",
    ),
    sms(
        "opt_out",
        "2026-07-29 13:30",
        "Falsche Nummer. Bitte löschen Sie diese Nummer aus Ihrem System.",
        note="new writer s23; wrong number and asks to delete it: the stop wins",
    ),
    email(
        "opt_out",
        "2026-08-12 10:40",
        "Nadine Beck",
        "Kein Interesse und bitte keine weiteren Mails.",
        quote="android",
        note="new writer s23; plain no plus keine weiteren Mails",
    ),
    email(
        "opt_out",
        "2026-08-26 12:20",
        "Julia Hartmann",
        "Hallo,\n\nich wäre Ihnen dankbar, wenn Sie mich künftig nicht mehr anschreiben würden. "
        "Danke für Ihr Verständnis.\n\nJulia",
        note="new writer s23; polite conditional",
    ),
    email(
        "opt_out",
        "2026-09-09 14:55",
        "Ralf Neumann",
        "Ich möchte Sie bitten, mich aus Ihrem System zu entfernen und mir keine Anfragen mehr zu "
        "schicken. Eine Auskunft nach Art. 15 DSGVO, welche Daten Sie über mich gespeichert haben, "
        "hätte ich trotzdem gern.",
        quote="outlook",
        cte="base64",
        note="new writer s23; legalistic: remove plus DSGVO access request; base64",
    ),
    email(
        "opt_out",
        "2026-09-23 08:25",
        "Beat Müller",
        "Grüezi\n\nBitte löschen Sie meine Angaben, ich möchte nicht mehr kontaktiert werden. "
        "Merci.",
        quote="iphone",
        note="new writer s23; swiss greeting",
    ),
    sms(
        "opt_out",
        "2026-10-07 20:15",
        "stop bitte",
        note="new writer s23; sms: english stop in a german text",
    ),
    email(
        "not_interested",
        "2026-10-21 11:05",
        "Christian Lange",
        "Danke, aber das ist nichts für mich. Ich bleibe bei meinem Arbeitgeber.",
        note="new writer s23; plain no",
    ),
    sms(
        "not_interested",
        "2026-11-04 18:35",
        "Nein danke, kein Bedarf.",
        note="new writer s23; sms plain no",
    ),
    email(
        "not_interested",
        "2026-11-18 13:45",
        "Katharina Wolf",
        'Eine "einmalige Chance", wie schon die letzten fünf diese Woche. Nein, danke.',
        note="new writer s23; sarcasm, a plain no without a stop request",
    ),
    email(
        "not_interested",
        "2026-12-02 09:50",
        "Oliver Schmitt",
        "Ich habe mich bewusst aus der Jobsuche verabschiedet und bin zufrieden. Daher leider "
        "nein.",
        note="new writer s23; hard negative: verabschiedet",
    ),
    email(
        "not_interested",
        "2026-12-16 15:30",
        "Sandra Kaiser",
        "Nicht für mich. Keine Rufbereitschaft mehr, das habe ich lange genug gemacht.",
        quote="apple",
        note="new writer s23; hard negative: keine ... mehr",
    ),
    email(
        "interested",
        "2027-01-13 10:35",
        "Felix Braun",
        "Klingt interessant! Ich bin nächste Woche ohnehin in Berlin und könnte auf einen Kaffee "
        "im Büro vorbeikommen.",
        note="new writer s23; proposes to stop by the office",
    ),
    sms(
        "interested",
        "2027-01-27 17:20",
        "Ja gerne, rufen Sie mich morgen ab 17 Uhr an",
        note="new writer s23; sms",
    ),
    email(
        "interested",
        "2027-02-10 14:10",
        "Miriam Schulze",
        "Gern. Ich habe mich von allen Job-Newslettern abgemeldet, deshalb freut mich eine direkte "
        "Nachricht umso mehr. Passt Ihnen Donnerstag um 10?",
        note="new writer s23; hard negative: abgemeldet (from something else)",
    ),
    email(
        "interested",
        "2027-02-24 11:25",
        "Tobias Frank",
        "Hört sich gut an, vor allem dass es nicht mehr als zwei Bürotage sind. Wann können wir "
        "telefonieren?",
        note="new writer s23; hard negative: nicht mehr als",
    ),
    email(
        "interested",
        "2027-03-10 16:05",
        "Karin Brandt",
        "Hallo Herr Becker,\n\nja, ich bin offen für ein Gespräch. Bitte schreiben Sie mir "
        "künftig an diese private Adresse, die Firmenadresse wird zum Monatsende gelöscht.\n\n"
        "Gruß\nK. Brandt",
        quote="outlook",
        charset="iso-8859-1",
        note="new writer s23; hard negative: gelöscht; latin-1",
    ),
    email(
        "question",
        "2027-03-24 12:55",
        "Moritz Vogel",
        "Bevor ich zusage: Wie hoch ist das Gehaltsband, und wie viele Tage Homeoffice sind "
        "möglich?",
        note="new writer s23; question",
    ),
    sms(
        "question",
        "2027-04-07 19:40",
        "Was zahlt ihr denn so?",
        note="new writer s23; sms question",
    ),
    email(
        "question",
        "2027-04-21 09:05",
        "Lea Engel",
        "Wie läuft die Rufbereitschaft ab? Hört das nachts irgendwann auf, oder ist man rund um "
        "die Uhr erreichbar? Davon hängt es für mich ab.",
        note="new writer s23; hard negative: aufhören",
    ),
    email(
        "question",
        "2027-05-05 13:35",
        "Stefan Roth",
        "Vielleicht. Was passiert mit meinen Unterlagen, wenn es nicht klappt, werden die "
        "gelöscht? Und ist die Stelle befristet?",
        quote="android",
        note="new writer s23; hard negative: asks about data without asking to delete it",
    ),
    email(
        "not_now",
        "2027-02-16 15:15",
        "Anja Seidel",
        "Aktuell passt es nicht, ich stecke mitten in einem Projekt. Melden Sie sich gern nach "
        "Ostern wieder.",
        date="2027-03-30",
        note="new writer s23; nach Ostern",
    ),
    sms(
        "not_now",
        "2027-05-11 18:05",
        "Gerade schlecht. Nach dem Sommer gerne.",
        date="2027-09-01",
        note="new writer s23; sms: nach dem Sommer",
    ),
    email(
        "not_now",
        "2026-09-15 10:30",
        "Matthias Krause",
        "Im Moment kein Interesse, vielleicht Anfang nächsten Jahres.",
        date="2027-01-01",
        note="new writer s23; kein Interesse im Moment, Anfang nächsten Jahres",
    ),
    email(
        "not_now",
        "2027-01-20 11:50",
        "Franziska Peters",
        "Ich bin noch bis Ende März in Elternzeit. Danach spreche ich gern mit Ihnen.",
        date="2027-04-01",
        note="new writer s23; Ende März",
    ),
    email(
        "not_now",
        "2026-11-24 14:40",
        "Sebastian Kühn",
        "Können wir in ein paar Wochen noch mal sprechen? Gerade ist Jahresabschluss.",
        quote="outlook",
        date="2026-12-15",
        note="new writer s23; in ein paar Wochen",
    ),
    email(
        "not_now",
        "2027-08-03 09:40",
        "Claudia Ludwig",
        "Ab dem 1.10. bin ich wieder flexibler, vorher geht es leider nicht.",
        date="2027-10-01",
        note="new writer s23; written date day.month",
    ),
    email(
        "accepted_elsewhere",
        "2027-01-19 13:20",
        "Benjamin Scholz",
        "Danke, Lena, ich habe letzte Woche einen neuen Vertrag unterschrieben und fange am "
        "1. April an.",
        note="new writer s23; accepted with a start date",
    ),
    sms(
        "accepted_elsewhere",
        "2027-02-03 16:45",
        "Hab schon was Neues, danke trotzdem",
        note="new writer s23; sms",
    ),
    email(
        "accepted_elsewhere",
        "2027-05-19 10:15",
        "Melanie Jäger",
        "Ich habe mich für ein anderes Angebot entschieden, weitere Bewerbungsgespräche führe ich "
        "deshalb nicht mehr. Aber danke!",
        note="new writer s23; hard negative: nicht mehr",
    ),
    email(
        "referral",
        "2027-06-02 14:50",
        "Martin Horn",
        "Ich selbst nicht, aber mein Kollege Florian Weiß sucht gerade. Schreiben Sie ihm an "
        "florian.weiss@posteo.de, er weiß Bescheid.",
        note="new writer s23; referral with address",
    ),
    sms(
        "referral",
        "2027-06-30 18:30",
        "Nicht ich, aber frag mal Anna Roth, die sucht was im Datenbereich: 0176 55512345",
        note="new writer s23; sms referral with a number",
    ),
    email(
        "wrong_person",
        "2027-07-14 12:10",
        "Sarah Schulz",
        "Sie verwechseln mich wohl. Ich bin Lehrerin, keine Softwareentwicklerin.",
        note="new writer s23; wrong person",
    ),
    sms(
        "wrong_person",
        "2027-07-28 15:25",
        "Falsche Nummer, hier gibt es keinen Herrn Schulz.",
        note="new writer s23; wrong number without a stop request",
    ),
    email(
        "out_of_office",
        "2027-08-09 07:30",
        "Heike Baumann",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 23.08. im Urlaub und habe "
        "keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
        "team-plattform@baumann-it.de.",
        auto=True,
        date="2027-08-23",
        note="new writer s23; bis einschließlich with a numeric date",
    ),
    email(
        "out_of_office",
        "2026-12-21 09:55",
        "Wolfgang Richter",
        "Guten Tag, ich bin ab Montag, den 4. Januar, wieder im Büro und beantworte Ihre "
        "Nachricht dann.",
        auto=True,
        date="2027-01-04",
        note="new writer s23; back date in the next year",
    ),
    email(
        "out_of_office",
        "2026-03-30 10:25",
        "Ute Lorenz",
        "Ich bin bis nach Ostern nicht erreichbar. Ihre E-Mail wird nicht weitergeleitet.",
        auto=True,
        date="2026-04-07",
        note="new writer s23; bis nach Ostern",
    ),
    bounce(
        "2027-08-11 05:10",
        "k.hartung@gmx.de",
        "Diese Nachricht wurde automatisch vom Mailsystem erstellt.\n\nIhre Nachricht an {rcpt} "
        "konnte nicht zugestellt werden, weil das Postfach des Empfängers voll ist.\n\n"
        "{rcpt}: host {host} sagte: 552 5.2.2 Mailbox full",
        "5.2.2",
        "552 5.2.2 Mailbox full",
        note="new writer s23; german notice, mailbox full",
    ),
    # ---------------------------------------------------------------- new writer s24
    email(
        "opt_out",
        "2027-01-12 09:15",
        "Matthias Krüger",
        "Sehr geehrte Frau Vogt,\n\nbitte streichen Sie mich aus Ihrem Verteiler. Ich habe kein "
        "Interesse an weiteren Angeboten.\n\nMit freundlichen Grüßen\nMatthias Krüger",
        quote="outlook",
        note="new writer s24; 'aus dem Verteiler streichen'",
    ),
    sms(
        "opt_out", "2027-01-13 18:40", "STOPP", note="new writer s24; sms keyword, German spelling"
    ),
    email(
        "opt_out",
        "2027-01-18 11:30",
        "Sabine Hoffmann",
        "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO "
        "der Verarbeitung meiner personenbezogenen Daten zu Zwecken der Direktansprache und "
        "verlange nach Art. 17 DSGVO deren unverzügliche Löschung. Bitte teilen Sie mir außerdem "
        "nach Art. 15 DSGVO mit, aus welcher Quelle Sie meine Daten haben.\n\nS. Hoffmann",
        quote="outlook-old",
        charset="iso-8859-1",
        note="new writer s24; legalistic DSGVO objection, erasure and access; latin-1",
    ),
    sms(
        "opt_out",
        "2027-01-20 20:10",
        "Woher haben Sie meine Handynummer? Löschen Sie die bitte sofort.",
        note="new writer s24; where did you get my number + delete it",
    ),
    email(
        "opt_out",
        "2027-01-22 15:45",
        "Jürgen Bauer",
        "Das ist jetzt die dritte Mail. Unterlassen Sie künftig jede Kontaktaufnahme, sonst "
        "melde ich das als unzumutbare Belästigung nach § 7 UWG.",
        quote="gmail",
        note="new writer s24; angry, legal threat (UWG)",
    ),
    sms(
        "opt_out",
        "2027-01-25 07:55",
        "bitte austragen",
        note="new writer s24; one phrase, lower case",
    ),
    email(
        "opt_out",
        "2027-01-27 13:20",
        "Claudia Neumann",
        "Hallo Jonas,\n\nich bin nicht die Richtige, ich arbeite seit Jahren nicht mehr als "
        "Entwicklerin. Bitte nehmen Sie mich aus Ihrer Kartei, damit das nicht wieder passiert.\n\n"
        "Gruß\nClaudia",
        quote="apple",
        note="new writer s24; wrong person plus remove from the file: opt_out wins",
    ),
    email(
        "opt_out",
        "2027-02-01 10:05",
        "Felix Wagner",
        "Kein Interesse. Und bitte keine weiteren Mails.",
        quote="iphone",
        note="new writer s24; no plus no more mails",
    ),
    sms(
        "opt_out",
        "2027-02-03 19:30",
        "Bitte keine Anrufe mehr auf diese Nummer, ich bin im Schichtdienst. Danke",
        note="new writer s24; stop calls on this number: channel stop is opt_out",
    ),
    email(
        "opt_out",
        "2027-02-05 08:40",
        "Tobias Schulz",
        "loeschen sie bitte meine daten, ich hab nie zugestimmt dass sie mich anschreiben",
        quote="android",
        note="new writer s24; no umlauts, no capitals, never consented",
    ),
    email(
        "opt_out",
        "2027-02-09 16:50",
        "Heike Brandt",
        "Hallo Frau Vogt,\n\nich bin glücklich in meinem Job, danke. Mein Kollege Stefan Ritter "
        "sucht aber, den können Sie gern anschreiben: stefan.ritter@posteo.de. Mich selbst "
        "kontaktieren Sie bitte nicht mehr.\n\nViele Grüße\nHeike Brandt",
        quote="outlook",
        note="new writer s24; referral plus stop: opt_out wins",
    ),
    sms("opt_out", "2027-02-10 12:15", "Abmelden", note="new writer s24; single word"),
    email(
        "opt_out",
        "2027-02-15 14:35",
        "Dirk Lehmann",
        "Hör bitte auf, mir zu schreiben. Danke.",
        quote="bottom",
        note="new writer s24; informal du, short",
    ),
    email(
        "opt_out",
        "2027-02-17 09:25",
        "Anja Zimmermann",
        "Guten Tag,\n\nich möchte zukünftig nicht mehr von Ihnen angeschrieben werden, weder per "
        "Mail noch per SMS. Danke für Ihr Verständnis.\n\nAnja Zimmermann",
        quote="outlook",
        html="only",
        note="new writer s24; polite, names both channels; html only",
    ),
    sms("opt_out", "2027-02-19 22:05", "lass mich in ruhe", note="new writer s24; leave me alone"),
    email(
        "opt_out",
        "2027-02-23 11:10",
        "Marco Richter",
        "Ich habe mich nirgends bei Ihnen registriert. Vergessen Sie bitte einfach, dass es mich "
        "gibt.",
        quote="iphone",
        note="new writer s24; indirect: never registered + forget I exist",
    ),
    email(
        "opt_out",
        "2027-02-26 17:30",
        "Katrin Schäfer",
        "Bitte schreiben Sie mir nicht mehr an meine Firmenadresse, das liest die IT mit. Privat "
        "bin ich unter katrin.s@web.de erreichbar, falls es wirklich passt.",
        quote="outlook",
        note="new writer s24; stop on the work address (channel) is opt_out although a private "
        "address is offered",
    ),
    sms(
        "opt_out",
        "2027-03-01 13:40",
        "nein danke u bitte nummer löschen",
        note="new writer s24; sms shorthand 'u'",
    ),
    email(
        "opt_out",
        "2027-03-03 08:20",
        "Ralf Peters",
        "Nicht interessiert. Bitte aus der Datenbank entfernen.",
        quote="outlook",
        touch=-1,
        note="new writer s24; curt; quoted original also says STOP",
    ),
    email(
        "opt_out",
        "2027-03-05 19:45",
        "Lukas Wolf",
        "Alter, das ist die fünfte Nachricht diese Woche. Schluss jetzt, ich will nix mehr von "
        "euch hören.",
        quote="android",
        note="new writer s24; slang, angry",
    ),
    # hard non-opt-outs
    email(
        "not_interested",
        "2027-01-14 10:30",
        "Andreas Koch",
        "Danke für die Nachricht, aber kein Interesse. Nehmen Sie's mir nicht übel.",
        quote="gmail",
        note="new writer s24; no without stop",
    ),
    sms(
        "not_interested",
        "2027-01-19 17:20",
        "Nee, passt nicht. Trotzdem danke!",
        note="new writer s24",
    ),
    email(
        "question",
        "2027-01-26 12:45",
        "Petra Schmitt",
        "Guten Tag Herr Becker,\n\nwoher haben Sie eigentlich meine Adresse? Und um welches "
        "Unternehmen geht es konkret?\n\nPetra Schmitt",
        quote="outlook",
        note="new writer s24; where did you get my address, no stop request: question",
    ),
    email(
        "question",
        "2027-02-02 18:05",
        "Sven Hartmann",
        "Stopp, bevor ich es vergesse: Ist die Stelle remote möglich und was ist das Budget?",
        quote="gmail",
        note="new writer s24; 'Stopp' as an interjection",
    ),
    email(
        "question",
        "2027-02-04 09:50",
        "Nina Frank",
        "Ich habe Ihre erste Mail leider versehentlich gelöscht. Könnten Sie mir die "
        "Stellenbeschreibung nochmal schicken, bevor wir telefonieren?",
        quote="apple",
        note="new writer s24; 'gelöscht' about our mail",
    ),
    email(
        "interested",
        "2027-02-08 20:30",
        "Jan Schröder",
        "Gutes Timing, ich habe letzte Woche gekündigt. Telefonieren gern, am besten abends.",
        quote="iphone",
        note="new writer s24; 'gekündigt' = quit the job, not unsubscribe",
    ),
    sms(
        "question",
        "2027-02-11 12:50",
        "Bitte lieber per Mail statt SMS, tagsüber komme ich nicht dazu. Um welche Firma gehts?",
        note="new writer s24; channel preference without a stop, asks: question (a careful "
        "recruiter switches channel; nothing says stop)",
    ),
    email(
        "not_now",
        "2027-02-16 15:10",
        "Carsten Vogel",
        "Ich melde mich erstmal ab, bin in Elternzeit. Ab dem 17. Mai bin ich wieder "
        "erreichbar, dann gern.",
        quote="gmail",
        date="2027-05-17",
        note="new writer s24; 'melde mich ab' = signing off for a while; typed by hand; "
        "written date",
    ),
    sms(
        "not_now",
        "2027-02-18 19:25",
        "Jetzt nicht, frag nach Ostern nochmal",
        date="2027-03-30",
        note="new writer s24; nach Ostern 2027 -> Tuesday 30 March",
    ),
    email(
        "wrong_person",
        "2027-02-22 08:35",
        "Michael Weber",
        "Da haben Sie den falschen Michael Weber erwischt, ich bin Zahnarzt. Viel Erfolg noch.",
        quote="outlook",
        note="new writer s24; wrong person, no stop",
    ),
    sms(
        "wrong_person",
        "2027-02-24 16:15",
        "Falsche Nummer, hier ist keine Julia",
        note="new writer s24",
    ),
    email(
        "referral",
        "2027-03-02 11:55",
        "Birgit Kaiser",
        "Für mich ist das nichts mehr, ich gehe in Rente. Fragen Sie doch meinen Nachfolger "
        "Thomas Roth, thomas.roth@gmx.de.",
        quote="outlook",
        note="new writer s24; declines and refers",
    ),
    email(
        "not_interested",
        "2027-03-04 14:20",
        "Holger Fuchs",
        "Na klar, ich lasse mein unbefristetes Team für eine Rufbereitschaft stehen. Nein danke.",
        quote="gmail",
        note="new writer s24; sarcasm, plain no",
    ),
    email(
        "interested",
        "2027-03-08 10:40",
        "Eva Lang",
        "Hallo Jonas, den Newsletter von euch hatte ich abbestellt, aber die SRE-Stelle klingt "
        "tatsächlich spannend. Passt dir Donnerstag?",
        quote="gmail",
        note="new writer s24; 'abbestellt' refers to a past newsletter; proposes a day: interested",
    ),
    sms(
        "not_now",
        "2027-03-10 18:45",
        "Gerade schlecht. Meld dich in ein paar Wochen",
        date="2027-03-31",
        note="new writer s24; in ein paar Wochen = +21",
    ),
    email(
        "not_interested",
        "2027-03-12 13:05",
        "Ulrich Braun",
        "Bitte entfernen Sie mich aus dem Bewerbungsprozess für diese Stelle, ich habe mich "
        "anders entschieden.",
        quote="outlook",
        note="new writer s24; hard case: 'remove me from the process' withdraws from this role, "
        "does not ask to stop contact; careful recruiter: not_interested",
    ),
    # the other labels
    email(
        "interested",
        "2027-03-15 09:30",
        "Lisa Meier",
        "Hallo Frau Vogt,\n\ndas klingt sehr interessant. Ich hätte Dienstag oder Mittwoch "
        "nachmittag Zeit für ein Gespräch.\n\nBeste Grüße\nLisa Meier",
        quote="outlook",
        charset="iso-8859-1",
        note="new writer s24; latin-1",
    ),
    sms("interested", "2027-03-17 12:00", "Klingt gut, ruf mich gern an", note="new writer s24"),
    sms(
        "question",
        "2027-03-19 17:35",
        "Wie viel Gehalt? Und wie viele Tage Büro?",
        note="new writer s24",
    ),
    email(
        "accepted_elsewhere",
        "2027-03-23 15:25",
        "Oliver Hahn",
        "Danke, aber ich habe gerade einen neuen Vertrag unterschrieben und fange am 1. Mai an.",
        quote="gmail",
        note="new writer s24; start date is not a not_now date",
    ),
    sms(
        "accepted_elsewhere",
        "2027-03-25 20:00",
        "Hab schon was neues, sorry!",
        note="new writer s24",
    ),
    email(
        "not_now",
        "2027-04-07 11:15",
        "Martina Keller",
        "Momentan passt es nicht. Versuchen Sie es gern nach dem Sommer noch einmal.",
        quote="outlook",
        date="2027-09-01",
        note="new writer s24; nach dem Sommer -> 1 September",
    ),
    email(
        "not_now",
        "2027-04-12 16:40",
        "Florian Berger",
        "Aktuell zu viel los. Nächstes Quartal gern.",
        quote="iphone",
        date="2027-07-01",
        note="new writer s24; nächstes Quartal",
    ),
    email(
        "out_of_office",
        "2027-04-14 06:10",
        "Stefanie Roth",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 23.04.2027 nicht im Büro. "
        "In dringenden Fällen wenden Sie sich bitte an vertretung@roth-it.de.",
        auto=True,
        date="2027-04-23",
        note="new writer s24; auto-reply, numeric date day.month, names a deputy",
    ),
    email(
        "out_of_office",
        "2027-05-10 07:20",
        "Bernd Ziegler",
        "Abwesenheitsnotiz: Ich bin ab Montag, 17. Mai wieder im Haus.",
        auto=True,
        date="2027-05-17",
        note="new writer s24; weekday and date",
    ),
    email(
        "referral",
        "2027-04-19 10:25",
        "Gabriele Stein",
        "Falsche Adresse, ich bin im Vertrieb. Aber unser Backend-Lead Kai Möller sucht gerade "
        "was Neues: kai.moeller@t-online.de",
        quote="outlook",
        note="new writer s24; wrong person plus referral: referral",
    ),
    bounce(
        "2027-04-21 02:50",
        "h.pohl@gmx.de",
        "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\n"
        "Die Zustellung an folgende Empfänger ist fehlgeschlagen:\n\n    {rcpt}\n\n"
        "Der Empfänger ist unbekannt.",
        "5.1.1",
        "550 5.1.1 User unknown",
        note="new writer s24; german DSN, unknown user",
    ),
    sms(
        "not_interested",
        "2027-04-23 18:10",
        "Nee danke. Löschen musst du mich nicht, aber ich bleib wo ich bin",
        note="new writer s24; says explicitly there is no need to delete: a no without stop",
    ),
    email(
        "interested",
        "2027-04-26 12:20",
        "Tanja Busch",
        "Bitte nicht vor 17 Uhr anrufen, da bin ich im Labor. Ansonsten gern, die Stelle klingt "
        "gut. Wie wäre Donnerstag?",
        quote="iphone",
        note="new writer s24; hard case: 'nicht vor 17 Uhr anrufen' limits the hour, is not a stop",
    ),
    sms(
        "opt_out",
        "2027-04-28 21:35",
        "Wer ist da? Schreiben Sie mir nie wieder.",
        note="new writer s24; who is this + never write again",
    ),
    # ---------------------------------------------------------------- new writer s25
    sms(
        "opt_out",
        "2027-05-01 16:55",
        "Bitte keine SMS mehr an diese Nummer. Danke",
        note="new writer s25; channel stop: keine SMS mehr an diese Nummer",
    ),
    email(
        "question",
        "2027-05-04 12:09",
        "Jonas Brandt",
        (
            "Guten Tag,\n\nkönnen Sie mich auf Ihre Liste für Remote-Stellen setzen? Und ist diese "
            "Stelle hier auch komplett remote möglich?\n\nGruß\nJonas Brandt"
        ),
        note=(
            "new writer s25; 'setzen Sie mich auf Ihre Liste für Remote-Stellen' + "
            "is this one remote?"
        ),
    ),
    sms(
        "opt_out",
        "2027-05-08 13:34",
        "Kein Interesse. Bitte austragen",
        note="new writer s25; no + austragen, sms",
    ),
    email(
        "interested",
        "2027-05-13 08:04",
        "Felix Hoffmann",
        "Ja, gern. Nächste Woche Dienstag oder Mittwoch vormittags?\n\nFelix",
        quote="bottom",
        note="new writer s25; bottom-posted, short",
    ),
    sms(
        "accepted_elsewhere",
        "2027-05-16 13:13",
        "Danke, hab aber letzte Woche woanders unterschrieben.",
        note="new writer s25; just signed elsewhere",
    ),
    sms(
        "interested",
        "2027-05-20 15:10",
        (
            "Bitte tagsüber keine Anrufe, sitze im Großraumbüro. WhatsApp oder Mail geht immer. "
            "Interesse ist da!"
        ),
        note="new writer s25; no calls during the day (a preference), interest stated",
    ),
    email(
        "interested",
        "2027-05-25 12:19",
        "Sabine Krüger",
        (
            "Hallo,\n\nich hatte mich letztes Jahr von Ihrem Newsletter abgemeldet, aber für diese "
            "Stelle mache ich gern eine\nAusnahme. Wann können wir sprechen?\n\nSabine Krüger"
        ),
        touch=-1,
        note="new writer s25; unsubscribed from their newsletter before, exception now",
    ),
    email(
        "interested",
        "2027-05-29 14:35",
        "Jonas Brandt",
        (
            "Hallo Herr Wolf, klingt gut. Ich bin grundsätzlich offen, lassen Sie uns "
            "telefonieren.\n\nJonas Brandt"
        ),
        cte="base64",
        note="new writer s25; base64 body",
    ),
    email(
        "out_of_office",
        "2027-07-21 07:38",
        "Mehmet Yıldız",
        (
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 23.07. nicht im Büro und "
            "habe keinen Zugriff auf meine E-Mails.\nIn dringenden Fällen wenden Sie sich bitte an "
            "team-plattform@hansewerk.example.\n\nMehmet Yıldız"
        ),
        auto=True,
        quote="none",
        email="mehmet.yildiz@hansewerk.example",
        date="2027-07-23",
        note="new writer s25; automatic absence with return date",
    ),
    email(
        "wrong_person",
        "2027-06-06 11:42",
        "Katharina Lorenz",
        (
            "Hallo,\n\nich glaube, Sie haben die falsche Person erwischt. Ich bin Steuerberaterin "
            "und habe mit Software nichts zu tun.\n\nKatharina Lorenz"
        ),
        note="new writer s25; same name, different person",
    ),
    sms(
        "question",
        "2027-06-11 14:43",
        "Wenn die zwei Bürotage wegfallen bin ich dabei. Ist das verhandelbar?",
        note="new writer s25; 'Präsenzpflicht streichen und ich bin dabei'",
    ),
    email(
        "opt_out",
        "2027-06-15 09:40",
        "Felix Hoffmann",
        (
            "Das ist jetzt Ihre dritte Mail. Ich habe nie eingewilligt, von Ihnen angeschrieben zu "
            "werden.\nUnterlassen Sie das ab sofort, sonst geht eine Beschwerde an den "
            "Landesdatenschutzbeauftragten.\n\nF. Hoffmann"
        ),
        quote="outlook",
        note="new writer s25; angry, no consent, threatens the data protection authority",
    ),
    sms(
        "not_now",
        "2027-06-18 16:49",
        "Gerade schlecht, bin bis Mitte Oktober voll im Projekt. Dann gerne nochmal melden",
        note="new writer s25; ab Mitte Oktober",
        date="2027-10-15",
    ),
    email(
        "interested",
        "2027-06-22 15:39",
        "Sabine Krüger",
        (
            "Sehr gern, ich höre mir das an. Schlagen Sie mir einfach zwei, drei Termine vor.\n\n"
            "Grüße\nSabine"
        ),
        cte="quoted-printable",
        charset="iso-8859-1",
        note="new writer s25; iso-8859-1, quoted-printable",
    ),
    sms(
        "opt_out",
        "2027-06-25 11:54",
        "Nehmen Sie mich aus Ihrem Verteiler.",
        note="new writer s25; curt, 'aus Ihrem Verteiler'",
    ),
    email(
        "interested",
        "2027-06-28 14:25",
        "Katharina Lorenz",
        (
            "Guten Tag Herr Wolf,\n\nvielen Dank für Ihre Nachricht. Passt Ihnen Donnerstag um 14 "
            "Uhr für ein erstes Gespräch?\n\nMit freundlichen Grüßen\nKatharina Lorenz"
        ),
        quote="outlook",
        note="new writer s25; proposes Thursday 14 Uhr, not a deferral",
    ),
    sms(
        "interested",
        "2027-07-01 12:28",
        "Nicht aufhören 😉 bin sehr interessiert. Wann passt ein Telefonat?",
        note="new writer s25; 'nicht aufhören' as a yes",
    ),
    email(
        "opt_out",
        "2027-07-04 13:33",
        "Katharina Lorenz",
        (
            "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich gemäß Art. 21 DSGVO jeder "
            "Verarbeitung meiner personenbezogenen Daten\nzu Zwecken der Direktansprache und "
            "verlange nach Art. 17 DSGVO deren unverzügliche Löschung.\nBitte bestätigen Sie mir "
            "die Löschung schriftlich.\n\nMit freundlichen Grüßen\nKatharina Lorenz"
        ),
        quote="outlook",
        cte="quoted-printable",
        note="new writer s25; legalistic, DSGVO Art. 21 objection and Art. 17 erasure",
    ),
    sms(
        "interested",
        "2027-07-08 16:45",
        "Lieber per Mail als per SMS bitte, aber ja, interessiert mich",
        note="new writer s25; preference for email over sms, still a yes",
    ),
    email(
        "opt_out",
        "2027-07-11 11:15",
        "Mehmet Yıldız",
        (
            "Hallo Herr Wolf,\n\nbitte rufen Sie mich nicht mehr auf dem Handy an, das waren diese "
            "Woche schon drei Anrufe während\nder Arbeitszeit.\n\nGruß\nMehmet Yıldız"
        ),
        note="new writer s25; channel stop by email: rufen Sie mich nicht mehr an",
    ),
    sms(
        "opt_out",
        "2027-07-14 10:04",
        "Abmelden bitte. Und bitte auch keine Anrufe mehr",
        note="new writer s25; abmelden + no more calls, sms",
    ),
    sms(
        "interested",
        "2027-07-19 07:11",
        "Ja gerne! Schicken Sie mir die Details bitte an meine private Mail: j.brandt@posteo.de",
        note="new writer s25; yes + send the details to my private mail",
    ),
    email(
        "interested",
        "2027-07-22 08:36",
        "Jonas Brandt",
        (
            "Hi Lena,\n\noh wie cool, Plattform-Team klingt genau nach dem, was ich suche! Sehr "
            "gern, lass uns sprechen.\nIch kann fast jeden Nachmittag.\n\nLG Jonas"
        ),
        note="new writer s25; enthusiastic, du-form",
    ),
    email(
        "question",
        "2027-07-27 10:39",
        "Jonas Brandt",
        (
            "Hallo Frau Vogt,\n\nklingt spannend. Können Sie mir die Stellenbeschreibung und die "
            "Gehaltsspanne per Mail schicken?\nDann entscheide ich, ob sich ein Gespräch lohnt.\n\n"
            "Viele Grüße\nJonas Brandt"
        ),
        note="new writer s25; asks for the JD and the salary range before deciding",
    ),
    sms(
        "interested",
        "2027-08-01 13:16",
        "Ja, passt. Rufen Sie an: 0171 2345678",
        note="new writer s25; terse sms with phone number",
    ),
    email(
        "interested",
        "2027-08-06 09:20",
        "Mehmet Yıldız",
        (
            "Hallo Frau Vogt,\n\ndanke für die Nachricht, das Profil passt tatsächlich gut. Ich "
            "freue mich auf ein Gespräch.\n\nMehmet Yıldız"
        ),
        html="only",
        note="new writer s25; html-only email",
    ),
    sms(
        "opt_out",
        "2027-08-11 15:12",
        "ey lass mal gut sein schreib mir nich mehr",
        note="new writer s25; slang, du-form, no punctuation",
    ),
    sms(
        "opt_out",
        "2027-08-14 13:13",
        "stopp!!! woher haben sie überhaupt meine nummer",
        note="new writer s25; STOPP with German spelling + where did you get my number",
    ),
    email(
        "opt_out",
        "2027-08-17 13:50",
        "Sabine Krüger",
        (
            "Liebe Frau Vogt,\n\nvielen Dank für Ihr Interesse an meinem Profil. Ich bin in meiner "
            "Position sehr zufrieden und möchte\nkünftig keine Anfragen dieser Art mehr bekommen. "
            "Bitte löschen Sie meine Kontaktdaten.\n\nFreundliche Grüße\nSabine Krüger"
        ),
        touch=-1,
        note="new writer s25; polite with thanks, happy in job, delete my contact",
    ),
    email(
        "question",
        "2027-08-21 10:41",
        "Felix Hoffmann",
        (
            "Hallo Frau Vogt,\n\nbitte schreiben Sie mir künftig an meine private Adresse, "
            "felix.h@mailbox.org, diese hier lese ich\nbald nicht mehr. Zur Stelle: wie hoch ist "
            "das Budget für Senior-Level wirklich?\n\nFelix"
        ),
        cte="quoted-printable",
        note="new writer s25; redirect to private address in future, then a budget question",
    ),
    email(
        "not_now",
        "2027-08-24 12:23",
        "Katharina Lorenz",
        (
            "Hallo Herr Wolf,\n\naktuell passt es leider nicht, wir stecken mitten in einer "
            "Migration. Nehmen Sie mich aber gern in\nIhren Verteiler für Lead-Rollen auf und "
            "melden Sie sich nach dem Sommer noch einmal.\n\nBeste Grüße\nKatharina Lorenz"
        ),
        quote="outlook",
        date="2027-09-01",
        note="new writer s25; 'nehmen Sie mich in Ihren Verteiler auf', nach dem Sommer",
    ),
]

# --- appended 2026-12-06 by a new writer (session 26) who had not read the classifier.
S26 = "new writer s26"
REPLIES += [
    sms(
        "opt_out",
        "2027-09-06 18:22",
        "Bitte keine SMS mehr an diese Nummer.",
        note=f"{S26}; channel: keine SMS mehr an diese Nummer",
    ),
    email(
        "opt_out",
        "2027-09-10 09:14",
        "Ulrike Brandt",
        (
            "Sehr geehrte Damen und Herren,\n\ngemäß Art. 17 DSGVO fordere ich Sie auf, sämtliche "
            "zu meiner Person gespeicherten Daten\nunverzüglich zu löschen und mir die Löschung "
            "schriftlich zu bestätigen. Eine Einwilligung zur\nKontaktaufnahme habe ich Ihnen "
            "zu keinem Zeitpunkt erteilt.\n\nMit freundlichen Grüßen\nUlrike Brandt"
        ),
        quote="outlook",
        cte="quoted-printable",
        note=f"{S26}; DSGVO Art. 17, never consented",
    ),
    sms(
        "opt_out",
        "2027-09-15 20:31",
        "Woher haben Sie diese Nummer? Ich habe Ihnen nie erlaubt mich zu kontaktieren. Nie wieder "
        "anrufen!",
        note=f"{S26}; angry, never allowed, never call again",
    ),
    email(
        "opt_out",
        "2027-09-21 12:40",
        "Florian Weber",
        (
            "Hallo Frau Vogt,\n\nklingt ehrlich gesagt spannend, aber bitte nehmen Sie mich aus "
            "Ihrem Verteiler. Wenn ich\nsuche, melde ich mich selbst bei Ihnen.\n\nViele Grüße\n"
            "Florian Weber"
        ),
        note=f"{S26}; sounds interesting but remove me from your list",
    ),
    sms("opt_out", "2027-09-28 07:50", "AUSTRAGEN", note=f"{S26}; one word, all caps"),
    email(
        "opt_out",
        "2027-10-04 15:05",
        "Monika Schäfer",
        (
            "Guten Tag Herr Becker,\n\ndanke für Ihre Nachricht. Ich möchte Sie höflich bitten, "
            "mich künftig nicht mehr zu kontaktieren.\n\nFreundliche Grüße\nMonika Schäfer"
        ),
        quote="outlook-old",
        charset="iso-8859-1",
        note=f"{S26}; polite, latin-1",
    ),
    email(
        "opt_out",
        "2027-10-13 11:58",
        "Jan Hartmann",
        (
            "Hallo,\n\nbitte schreiben Sie nicht mehr an meine Firmenadresse. Die wird mitgelesen."
            "\n\nJan Hartmann\nTeamlead Backend\nKranich Logistik GmbH"
        ),
        email="jan.hartmann@kranich-logistik.example",
        quote="outlook",
        note=f"{S26}; channel: not to my work address",
    ),
    sms(
        "opt_out",
        "2027-10-19 21:44",
        "bite nich mehr schreiben danke",
        note=f"{S26}; misspelled, no punctuation",
    ),
    # ---- interested and questions with contact words
    sms(
        "interested",
        "2027-09-07 08:05",
        "Ja, rufen Sie mich morgen ab 17 Uhr an",
        note=f"{S26}; call me tomorrow after 5",
    ),
    email(
        "interested",
        "2027-09-14 19:12",
        "Markus Schuster",
        (
            "Hallo Jonas,\n\ngerne! Schreib mir bitte an meine private Adresse, "
            "m.schuster@posteo.de, die Firmenmail\nnutze ich für sowas ungern.\n\nMarkus"
        ),
        note=f"{S26}; yes + write to my private address",
    ),
    sms(
        "interested",
        "2027-09-22 17:36",
        "Klingt gut, meld dich per WhatsApp, gleiche Nummer",
        note=f"{S26}; WhatsApp, same number",
    ),
    email(
        "interested",
        "2027-09-29 10:27",
        "Petra Zimmermann",
        (
            "Guten Tag Frau Vogt,\n\nmeine Handynummer ist 0171 2345678, erreichbar bin ich nach "
            "18 Uhr.\n\nBeste Grüße\nPetra Zimmermann"
        ),
        quote="apple",
        note=f"{S26}; my mobile number, reachable after 6",
    ),
    email(
        "question",
        "2027-10-06 13:33",
        "Tobias Keller",
        (
            "Hallo Herr Becker,\n\ninteressant. Bevor wir telefonieren: wie viele Tage Homeoffice "
            "sind möglich? Sie können\nmich gern jederzeit hier anschreiben.\n\nTobias Keller"
        ),
        note=f"{S26}; remote question + contact me any time",
    ),
    sms("interested", "2027-10-11 12:18", "gerne, schicken Sie mir die Details", note=f"{S26}"),
    email(
        "interested",
        "2027-10-18 16:49",
        "Sandra Wolff",
        (
            "Hallo Frau Vogt,\n\nSie können mich jederzeit kontaktieren, am liebsten telefonisch. "
            "Passt Ihnen Donnerstag?\n\nSandra"
        ),
        quote="iphone",
        note=f"{S26}; contact me any time, proposes Thursday",
    ),
    sms(
        "interested",
        "2027-10-25 18:55",
        "Lieber per Mail als per SMS, aber ja, interessiert!",
        note=f"{S26}; preference, not a stop",
    ),
    # ---- the other labels
    email(
        "not_now",
        "2027-12-13 09:48",
        "Andreas Roth",
        (
            "Hallo Herr Becker,\n\nmomentan passt es nicht, aber melden Sie sich gern nach Ostern "
            "wieder.\n\nGruß\nAndreas Roth"
        ),
        quote="outlook",
        date="2028-04-18",
        note=f"{S26}; nach Ostern",
    ),
    sms(
        "not_now",
        "2027-12-02 19:03",
        "Frag mich nochmal Mitte Januar",
        date="2028-01-15",
        note=f"{S26}; Mitte Januar",
    ),
    email(
        "not_interested",
        "2027-10-27 08:36",
        "Heike Lange",
        "Danke, aber kein Interesse. Ich bin zufrieden, wo ich bin.\n\nHeike",
        quote="android",
        note=f"{S26}; plain no",
    ),
    email(
        "referral",
        "2027-11-03 14:10",
        "Carsten Vogel",
        (
            "Hallo Frau Vogt,\n\nich bin nicht der Richtige dafür, aber meine Kollegin Jana Weiß "
            "sucht gerade genau so etwas:\njana.weiss@gmx.de. Grüßen Sie sie von mir.\n\nCarsten"
        ),
        note=f"{S26}; not the right one + colleague's address: referral",
    ),
    email(
        "out_of_office",
        "2027-11-15 05:30",
        "Birgit Krause",
        (
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24.11. nicht im Büro. Ihre "
            "E-Mail wird nicht\nweitergeleitet.\n\nBirgit Krause"
        ),
        auto=True,
        quote="none",
        email="b.krause@stadtwerke-nord.example",
        date="2027-11-24",
        note=f"{S26}; automatic reply, numeric date",
    ),
    email(
        "accepted_elsewhere",
        "2027-11-22 17:17",
        "Dennis Kuhn",
        (
            "Hallo Jonas,\n\nich habe letzte Woche einen neuen Vertrag unterschrieben und fange "
            "am 1. Februar an. Trotzdem danke!\n\nDennis"
        ),
        note=f"{S26}; signed elsewhere, start date",
    ),
    sms(
        "wrong_person",
        "2027-11-29 11:46",
        "Falsche Nummer, ich bin nicht Herr Kaiser",
        note=f"{S26}; wrong number",
    ),
    bounce(
        "2027-12-01 04:12",
        "l.friedrich@web.de",
        "Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: {rcpt}\n\nDas Postfach des "
        "Empfängers ist voll.",
        "5.2.2",
        "552 5.2.2 Mailbox full",
        note=f"{S26}; german DSN, mailbox full",
    ),
]

# --- appended by a new writer (session 27) who had not read the classifier: stop requests buried
# in longer replies or worded obliquely, yeses and questions that use stop-like words, and the
# other labels with varied dates.
S27 = "new writer s27"
REPLIES += [
    email(
        "opt_out",
        "2028-01-04 17:25",
        "Sabine Kröger",
        (
            "Hallo Frau Vogt,\n\nich habe zum 1. Januar bei einem Versicherer in Köln angefangen "
            "und bin dort sehr zufrieden.\nSeien Sie mir bitte nicht böse, aber ich möchte "
            "künftig keine Stellenangebote mehr von Ihnen\nbekommen, weder per Mail noch "
            "telefonisch.\n\nBeste Grüße\nSabine Kröger"
        ),
        note=f"{S27}; news of a new job, then no more offers by mail or phone",
    ),
    sms(
        "opt_out",
        "2028-01-12 09:47",
        "Ruf mich bitte nicht mehr auf dem Handy an, ich sitz im Großraumbüro. Danke",
        note=f"{S27}; one channel: no more calls to the mobile",
    ),
    email(
        "opt_out",
        "2028-01-20 10:15",
        "Matthias Engel",
        (
            "Sehr geehrter Herr Becker,\n\nhiermit widerspreche ich gemäß Art. 21 DSGVO in "
            "Verbindung mit dem österreichischen DSG\njeder weiteren Verwendung meiner Daten für "
            "Personalvermittlung. Bitte teilen Sie mir mit, aus\nwelcher Quelle Sie meine "
            "Kontaktdaten haben, und löschen Sie diese anschließend.\n\nMit freundlichen "
            "Grüßen\nDr. Matthias Engel"
        ),
        quote="outlook",
        charset="iso-8859-1",
        note=f"{S27}; Austrian, Widerspruch Art. 21 DSGVO + DSG, source, then delete; latin-1",
    ),
    email(
        "opt_out",
        "2028-01-27 19:02",
        "Kai Lehmann",
        (
            "Hi Jonas,\n\nfür mich ist das nix, aber frag mal Timo Brandt (timo.brandt@posteo.de), "
            "der sucht gerade\nwas mit Daten. Mich selbst bitte aus euren Listen streichen, "
            "danke.\n\nKai"
        ),
        note=f"{S27}; referral, then strike me from your lists",
    ),
    email(
        "opt_out",
        "2028-02-03 21:40",
        "Petra Hoffmann",
        (
            "Wie schön, dass Sie so hartnäckig sind. Vielleicht hilft es, wenn ich es diesmal "
            "ganz deutlich sage:\nHören Sie auf, mir zu schreiben."
        ),
        quote="iphone",
        note=f"{S27}; sarcastic lead-in, then the stop",
    ),
    sms(
        "opt_out",
        "2028-02-14 08:12",
        "Moin, bin raus. Nummer bitte vergessen, danke",
        note=f"{S27}; northern informal, 'Nummer vergessen'",
    ),
    email(
        "opt_out",
        "2028-02-21 13:30",
        "Lukas Gruber",
        (
            "Grüezi Herr Becker\n\nBesten Dank für Ihre Nachricht. Ich bitte Sie, mich nicht mehr "
            "zu kontaktieren und meine Angaben\naus Ihrer Kartei zu entfernen.\n\nFreundliche "
            "Grüsse\nLukas Gruber"
        ),
        quote="apple",
        note=f"{S27}; Swiss spelling, formal",
    ),
    email(
        "opt_out",
        "2028-03-06 11:48",
        "Anja Wolff",
        (
            "Hallo Frau Vogt,\n\neine Frage vorab: Ist die Stelle in München oder auch remote "
            "möglich? Ich frage für eine\nFreundin, die sich vielleicht bei Ihnen meldet. Mich "
            "selbst nehmen Sie bitte aus dem Verteiler,\nich bin nicht auf der Suche.\n\nGrüße\n"
            "Anja Wolff"
        ),
        quote="outlook",
        note=f"{S27}; a question for a friend, the stop for herself in the middle",
    ),
    sms(
        "opt_out",
        "2028-03-13 22:05",
        "bitte kiene mails und sms mehr, hab kein intresse",
        note=f"{S27}; typos, both channels",
    ),
    email(
        "opt_out",
        "2028-03-20 16:33",
        "Stefan Richter",
        (
            "Hi Dana,\n\nThanks, but I'd rather not be on your radar at all. Please drop me from "
            "your records, and no\nfollow-ups.\n\nStefan"
        ),
        lang="en",
        note=f"{S27}; english reply to an english outreach in the german folder",
    ),
    email(
        "opt_out",
        "2028-04-03 08:20",
        "Heike Braun",
        (
            "Sehr geehrte Frau Vogt,\n\nbitte betrachten Sie diese Nachricht als meine letzte in "
            "dieser Sache und sehen Sie von\nweiteren Anschreiben ab.\n\nMit freundlichem Gruß\n"
            "Heike Braun"
        ),
        quote="outlook-old",
        note=f"{S27}; polite, oblique: my last message, refrain from further letters",
    ),
    email(
        "interested",
        "2028-01-10 18:44",
        "Maren Seidel",
        (
            "Hallo Frau Vogt,\n\nich höre mir das gern an. Schluss mit dem Konzernleben wäre "
            "tatsächlich verlockend.\nPasst Ihnen Donnerstag um 17 Uhr?\n\nViele Grüße\nMaren "
            "Seidel"
        ),
        note=f"{S27}; 'Schluss mit' about her job, proposes a day",
    ),
    sms(
        "interested",
        "2028-02-07 19:26",
        "Ja gern! Am besten erreichen Sie mich abends privat unter 0171 5550123",
        note=f"{S27}; yes + moves to a private number",
    ),
    email(
        "interested",
        "2028-02-24 12:10",
        "Felix Neumann",
        (
            "Hallo Herr Becker,\n\nja, Interesse ist da. Die Sorge mit der Kündigungsfrist können "
            "Sie streichen, ich bin ab April\nfrei. Wann telefonieren wir?\n\nFelix"
        ),
        quote="android",
        note=f"{S27}; 'streichen' about a worry, asks when to talk",
    ),
    email(
        "interested",
        "2028-04-10 07:35",
        "Nora Fischer",
        (
            "Hi Dana,\n\nYes please! Could we switch to my private email for this, "
            "nora.fischer@posteo.de?\nFriday morning would work.\n\nNora"
        ),
        lang="en",
        email="nora.fischer@kranich-logistik.example",
        note=f"{S27}; english yes, moves to a private address without a stop",
    ),
    sms(
        "interested",
        "2028-05-02 16:58",
        "Klingt gut. Ich melde mich nach Feierabend telefonisch, so ab 18 Uhr ok?",
        note=f"{S27}; yes, says how and when to talk",
    ),
    email(
        "question",
        "2028-01-17 09:05",
        "Jana Peters",
        (
            "Guten Tag Frau Vogt,\n\nbevor ich mich entscheide: Welche Daten haben Sie über mich "
            "gespeichert und woher stammen sie?\nIch will nicht gleich abblocken, möchte das aber "
            "wissen.\n\nFreundliche Grüße\nJana Peters"
        ),
        quote="outlook",
        note=f"{S27}; data question, no stop or delete",
    ),
    sms(
        "question",
        "2028-02-29 20:14",
        "Was zahlt ihr? Und muss ich die Rufbereitschaft mitmachen?",
        note=f"{S27}; sms, pay and on-call",
    ),
    email(
        "question",
        "2028-03-27 14:22",
        "Oliver Schulz",
        (
            "Hallo Jonas,\n\nmüsste ich meine Nebentätigkeit als Dozent aufgeben? Falls nicht, "
            "reden wir gern weiter.\n\nOliver"
        ),
        note=f"{S27}; 'aufgeben', asks before deciding",
    ),
    email(
        "question",
        "2028-05-08 10:40",
        "Birgit Lange",
        (
            "Hallo Frau Vogt,\n\nist die Stelle auch mit 32 Stunden machbar? Vollzeit kommt für "
            "mich nicht mehr in Frage.\n\nBirgit"
        ),
        quote="apple",
        note=f"{S27}; 'nicht mehr' about full time",
    ),
    email(
        "not_now",
        "2028-02-01 15:15",
        "Christian Roth",
        (
            "Hallo Jonas,\n\naktuell passt es nicht, wir stecken mitten in der Migration. Melde "
            "dich gern nach Ostern\nnoch mal.\n\nChristian"
        ),
        date="2028-04-18",
        note=f"{S27}; nach Ostern",
    ),
    sms(
        "not_now",
        "2028-04-11 13:50",
        "Bin bis Ende Mai in Elternzeit, danach gern",
        date="2028-06-01",
        note=f"{S27}; typed absence that defers, Ende Mai",
    ),
    email(
        "not_now",
        "2028-05-15 08:30",
        "Ute Zimmermann",
        (
            "Sehr geehrter Herr Becker,\n\nim Moment nicht. Kommen Sie gern nach dem 15.07. noch "
            "einmal auf mich zu.\n\nMit freundlichen Grüßen\nUte Zimmermann"
        ),
        quote="outlook",
        cte="base64",
        date="2028-07-16",
        note=f"{S27}; nach dem 15.07. (the day after)",
    ),
    email(
        "not_interested",
        "2028-03-02 17:05",
        "Georg Wagner",
        "Nein danke. Ich bleibe, wo ich bin, und daran wird sich auch nichts ändern.\n\nGeorg",
        note=f"{S27}; firm no without asking to stop",
    ),
    sms(
        "not_interested",
        "2028-04-24 18:19",
        "Nee, lass mal. Führungsrolle ist nix für mich",
        note=f"{S27}; informal no",
    ),
    email(
        "referral",
        "2028-02-16 11:11",
        "Miriam Krause",
        (
            "Hallo Frau Vogt,\n\nich bin Frontend-Entwicklerin, da sind Sie bei mir falsch. Mein "
            "Kollege Ahmet Yilmaz\n(ahmet.yilmaz@gmx.de) macht aber genau das und ist offen für "
            "Neues.\n\nViele Grüße\nMiriam"
        ),
        note=f"{S27}; wrong profile + colleague's address: referral",
    ),
    sms(
        "referral",
        "2028-05-22 12:36",
        "Nicht meins, aber schreiben Sie Jens an, 0152 5550187, der sucht was",
        note=f"{S27}; sms referral with a number",
    ),
    email(
        "wrong_person",
        "2028-03-09 09:25",
        "Praxis Dr. Kern",
        (
            "Guten Tag,\n\ndiese Adresse gehört unserer Praxis. Eine Frau Albers arbeitet hier "
            "nicht.\n\nMit freundlichen Grüßen\nIhr Praxisteam"
        ),
        quote="outlook",
        email="empfang@praxis-kern.example",
        note=f"{S27}; a practice's front desk, no such person",
    ),
    sms(
        "accepted_elsewhere",
        "2028-01-24 20:30",
        "Danke, hab letzte Woche woanders unterschrieben. Vielleicht nächstes Jahr wieder!",
        note=f"{S27}; accepted, 'nächstes Jahr' does not make it not_now",
    ),
    email(
        "out_of_office",
        "2028-04-05 06:45",
        "Carsten Vogel",
        (
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.04.2028 nicht im Büro "
            "und lese keine E-Mails.\nIn dringenden Fällen wenden Sie sich bitte an "
            "personal@hafenwerk.example."
        ),
        auto=True,
        quote="none",
        email="carsten.vogel@hafenwerk.example",
        date="2028-04-21",
        note=f"{S27}; automatic reply, bis einschließlich a written date",
    ),
    bounce(
        "2028-02-12 03:10",
        "l.brandes@gmx.de",
        "Diese Nachricht wurde automatisch erstellt.\n\nIhre Nachricht an {rcpt} konnte nicht "
        "zugestellt werden,\nda das Postfach des Empfängers voll ist.",
        "5.2.2",
        "552 5.2.2 Mailbox full",
        note=f"{S27}; german postfix-style notice, mailbox full",
    ),
]

# ---------------------------------------------------------------- new writer s28
# Short replies with the words of a stop request (Liste, löschen, abmelden, austragen, nie,
# nicht mehr, aufhören) that are not one; stops in ordinary and oblique forms; a few others.
# Swiss and Austrian writers among them.
S28 = "new writer s28"
REPLIES += [
    sms(
        "interested",
        "2028-07-05 08:47",
        "Ja gerne! Schick mir die Liste mit den Anforderungen, dann sag ich dir ehrlich was passt",
        note=f"{S28}; 'Schick mir die Liste' (requirements): a yes",
    ),
    sms(
        "interested",
        "2028-07-11 12:03",
        "Setz mich bitte auf die Liste für den Call am Donnerstag 👍",
        note=f"{S28}; 'setz mich auf die Liste'",
    ),
    email(
        "interested",
        "2028-07-13 15:20",
        "Urs Meier",
        "Grüezi Frau Vogt\n\nKeine weiteren Fragen meinerseits, das tönt gut. Wann können wir "
        "telefonieren? Ab 17 Uhr\nbin ich gut erreichbar.\n\nFreundliche Grüsse\nUrs Meier",
        quote="outlook",
        note=f"{S28}; Swiss, 'keine weiteren Fragen', asks when to talk",
    ),
    sms(
        "interested",
        "2028-07-19 19:31",
        "Schreib mir ab jetzt bitte an k.hoffmann@posteo.de, die Firmenadresse lösch ich eh bald. "
        "Interesse hab ich!",
        note=f"{S28}; moves to a private address, 'lösch ich' about her own account",
    ),
    email(
        "interested",
        "2028-07-27 09:58",
        "Magdalena Gruber",
        "Servus Jonas,\n\nden alten Lebenslauf kannst du löschen, anbei der aktuelle. Ich hätt "
        "weiterhin Interesse an\nder Data-Engineer-Stelle.\n\nLG Magdalena",
        note=f"{S28}; Austrian, 'den alten Lebenslauf kannst du löschen': a yes",
    ),
    sms(
        "interested",
        "2028-08-02 22:14",
        "Hör bloß nicht auf mir zu schreiben 😄 bin nur langsam. Ja, Interesse!",
        note=f"{S28}; 'hör nicht auf', a yes",
    ),
    sms(
        "interested",
        "2028-08-08 07:36",
        "Kannst du mir mehr solche Stellen schicken? Genau sowas such ich",
        note=f"{S28}; send more roles like this",
    ),
    sms(
        "interested",
        "2028-08-16 18:09",
        "Nie wieder Agenturen hab ich mir geschworen... aber die Stelle klingt echt gut. Ruf an",
        note=f"{S28}; 'nie wieder Agenturen', then a yes",
    ),
    email(
        "question",
        "2028-08-21 10:44",
        "Tobias Brandt",
        "Hallo Lena,\n\nwerden meine Daten nach dem Prozess gelöscht oder bleiben die im Pool? "
        "Frag nur, bevor ich\nmeine Unterlagen schicke.\n\nTobias",
        quote="iphone",
        note=f"{S28}; asks whether data is deleted, does not ask to delete",
    ),
    sms(
        "question",
        "2028-08-24 13:27",
        "Kann die Gehaltsobergrenze noch weg? Unter 95k wechsel ich nicht",
        note=f"{S28}; 'weg' about a salary cap",
    ),
    sms(
        "question",
        "2028-08-30 17:50",
        "Kann man sich aus der Rufbereitschaft austragen lassen oder ist die Pflicht?",
        note=f"{S28}; 'austragen' about on-call",
    ),
    email(
        "question",
        "2028-09-04 11:15",
        "Anja Widmer",
        "Grüezi\n\nWird die Stelle gestrichen, falls die Finanzierungsrunde nicht klappt? Das "
        "wäre für mich\nentscheidend, bevor ich kündige.\n\nFreundliche Grüsse\nAnja Widmer",
        note=f"{S28}; Swiss, 'gestrichen' about the role",
    ),
    sms(
        "not_now",
        "2028-09-11 16:38",
        "Bis nach Ostern keine Vorstellungsgespräche mehr bitte, danach gern wieder",
        date="2029-04-03",
        note=f"{S28}; 'keine ... mehr' until after Easter",
    ),
    email(
        "not_now",
        "2028-09-18 08:25",
        "Florian Huber",
        "Servus Lena,\n\nfür heuer wird's nix mehr, wir haben bis Weihnachten Vollgas. Im Jänner "
        "schaut's besser\naus, meld dich dann gern!\n\nFlorian",
        date="2029-01-01",
        note=f"{S28}; Austrian, 'nix mehr' this year, Jänner",
    ),
    sms(
        "not_interested",
        "2028-09-20 20:02",
        "Keine Finanzjobs mehr für mich, danke. Bin raus aus der Branche",
        note=f"{S28}; 'keine Finanzjobs mehr' is a no, not a stop",
    ),
    email(
        "not_interested",
        "2028-09-27 14:11",
        "Sebastian Wolf",
        "Hallo Jonas,\n\nFührungsrolle nie wieder, das hab ich hinter mir. Danke trotzdem und "
        "viel Erfolg bei der Suche.\n\nSebastian",
        quote="android",
        note=f"{S28}; 'nie wieder' about management, a plain no",
    ),
    sms(
        "referral",
        "2028-10-02 12:49",
        "Ich hör hier nicht auf, aber Eda Yilmaz (eda.yilmaz@gmx.de) sucht grad was. Sag ihr, "
        "Deniz schickt dich",
        note=f"{S28}; 'ich hör nicht auf' (not quitting) + a colleague",
    ),
    email(
        "accepted_elsewhere",
        "2028-10-09 18:33",
        "Lukas Steiner",
        "Hallo Jonas,\n\nich hab die Suche eingestellt, ab November bin ich bei einem Fintech in "
        "Zürich. Danke dir\ntrotzdem!\n\nLukas",
        note=f"{S28}; 'Suche eingestellt', start month is not a date",
    ),
    sms(
        "opt_out",
        "2028-07-08 10:10",
        "Bitte keine SMS mehr an diese Nummer",
        note=f"{S28}; one channel, short",
    ),
    sms(
        "opt_out",
        "2028-07-24 19:55",
        "Vom Newsletter bitte abmelden, aber die Stelle interessiert mich, ruf mich an",
        note=f"{S28}; unsubscribe from the newsletter + yes: opt_out by rule 1",
    ),
    email(
        "opt_out",
        "2028-08-10 09:02",
        "Reinhard Schulz",
        "Sehr geehrte Damen und Herren\n\nGestützt auf das Datenschutzgesetz (DSG) verlange ich "
        "die Löschung meiner Personendaten.\nBitte bestätigen Sie mir dies schriftlich.\n\n"
        "Freundliche Grüsse\nR. Schulz",
        quote="outlook-old",
        note=f"{S28}; Swiss DSG erasure request",
    ),
    sms(
        "opt_out",
        "2028-08-26 21:48",
        "wer gibt eigtl meine nummer raus?? löschen bitte. sofort",
        note=f"{S28}; who gave out my number + delete it",
    ),
    email(
        "opt_out",
        "2028-09-08 07:19",
        "Petra Lindner",
        "Hallo Frau Vogt,\n\nbitte schreiben Sie mich nicht mehr auf meiner Dienstadresse an. "
        "Mein Arbeitgeber liest mit.\n\nP. Lindner",
        quote="outlook",
        note=f"{S28}; one channel: the work address",
    ),
    sms(
        "opt_out",
        "2028-10-12 14:57",
        "Hören Sie endlich auf, mich anzurufen. Dritter Anruf heute.",
        note=f"{S28}; one channel: calls, angry",
    ),
    email(
        "opt_out",
        "2028-10-25 20:26",
        "Dominik Hofer",
        "Servus Lena,\n\ndanke, dass du an mich gedacht hast, ehrlich. Ich möcht aber in Zukunft "
        "nicht mehr für solche\nSachen kontaktiert werden, weder für die Stelle noch für andere. "
        "Ich hoff, das passt so.\n\nLG Dominik",
        quote="apple",
        note=f"{S28}; Austrian, long, polite and oblique",
    ),
    sms(
        "opt_out",
        "2028-11-08 08:14",
        "Bitte nicht mehr auf diese Nummer, die ist vom Geschäft. Privat 0176 5550 3381, da gern",
        note=f"{S28}; stop this number, gives another: opt_out",
    ),
    email(
        "opt_out",
        "2028-11-16 22:40",
        "Jens Kuhlmann",
        "Zum dritten Mal: NEIN. Nehmen Sie mich endlich aus Ihrer Kartei.",
        quote="iphone",
        note=f"{S28}; angry, 'aus Ihrer Kartei'",
    ),
    email(
        "out_of_office",
        "2028-09-25 05:45",
        "Carola Brenner",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 6. Oktober nicht im "
        "Büro.\nIhre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich an "
        "info@brennerbau.example.",
        auto=True,
        quote="none",
        email="c.brenner@brennerbau.example",
        date="2028-10-06",
        note=f"{S28}; automatic reply, 'bis einschließlich', not forwarded",
    ),
    bounce(
        "2028-10-19 02:58",
        "t.kessler@gmx.de",
        "Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.\n\nDas Postfach des "
        "Empfängers ist voll und nimmt derzeit keine Nachrichten mehr an.",
        "5.2.2",
        "552 5.2.2 Mailbox voll / mailbox full",
        note=f"{S28}; german notice, mailbox full, 'keine Nachrichten mehr'",
    ),
    sms(
        "wrong_person",
        "2028-11-02 13:13",
        "Falsche Nummer, hier gibt's keinen Herrn Keller. Nie gegeben",
        note=f"{S28}; wrong number, 'nie'",
    ),
]

# ---------------------------------------------------------------- new writer s29
# A tenth writer's batch: stops in many registers (polite, curt, DSGVO, angry, Swiss and
# Austrian writers, after a piece of news, inside a referral, with an end), yeses and questions
# that use stopping words, deferrals with dates, and a few of the other labels.
S29 = "new writer s29"
REPLIES += [
    sms(
        "opt_out",
        "2028-12-06 17:12",
        "Bitte streichen Sie meine Nummer aus Ihrer Liste. Danke.",
        note=f"{S29}; polite, sms",
    ),
    email(
        "opt_out",
        "2028-12-13 09:41",
        "Rüdiger Kranz",
        "Sehr geehrte Frau Vogt,\n\nhiermit widerspreche ich der Verarbeitung meiner "
        "personenbezogenen Daten zu Zwecken der\nDirektansprache (Art. 21 DSGVO) und verlange "
        "deren Löschung (Art. 17 DSGVO). Eine schriftliche\nBestätigung erbitte ich binnen eines "
        "Monats.\n\nMit freundlichen Grüßen\nRüdiger Kranz",
        quote="outlook",
        charset="iso-8859-1",
        note=f"{S29}; legalistic: Widerspruch und Löschung nach DSGVO; iso-8859-1",
    ),
    sms(
        "opt_out",
        "2029-01-09 20:33",
        "Hab ich schon zweimal gesagt: KEIN INTERESSE. Lasst mich endlich in Ruhe!!",
        note=f"{S29}; angry: lasst mich in Ruhe",
    ),
    email(
        "opt_out",
        "2029-01-23 10:18",
        "Beat Zürcher",
        "Grüezi Herr Becker\n\nSeit Oktober bin ich pensioniert, herzlichen Dank für die Blumen. "
        "Bitte nehmen Sie mich\naus Ihrer Kartei.\n\nFreundliche Grüsse\nBeat Zürcher",
        note=f"{S29}; Swiss, buried after news (retired): aus der Kartei nehmen",
    ),
    email(
        "opt_out",
        "2029-02-06 18:25",
        "Katrin Seidl",
        "Hallo Jonas,\n\nbitte ruf mich nimmer in der Arbeit an, das ist echt unangenehm vor den "
        "Kollegen. Wennst\nwas hast, schreib mir halt eine Mail.\n\nKatrin",
        quote="android",
        note=f"{S29}; Austrian, one channel: no more calls at work (mail is fine)",
    ),
    sms(
        "opt_out",
        "2029-02-26 12:07",
        "bitte austragen aus eurem vertieler, hab mich nie angemeldet",
        note=f"{S29}; misspelt Verteiler, no capitals",
    ),
    email(
        "opt_out",
        "2029-03-13 08:52",
        "Heiko Brandt",
        "Hallo Frau Vogt,\n\nnehmen Sie mich bitte bis Jahresende aus Ihrem Verteiler. Ich melde "
        "mich, wenn sich etwas\nändert.\n\nGruß\nHeiko Brandt",
        quote="apple",
        note=f"{S29}; a removal with an end (bis Jahresende)",
    ),
    email(
        "opt_out",
        "2029-04-24 16:40",
        "Nadine Fuchs",
        "Hallo Jonas,\n\nich bin nicht die Richtige, aber meine Kollegin Svenja Lorenz "
        "(svenja.lorenz@web.de) sucht\ngerade. Mich selbst bitte künftig nicht mehr "
        "anschreiben, danke.\n\nNadine",
        note=f"{S29}; a referral, then künftig nicht mehr anschreiben: opt_out by rule 1",
    ),
    sms(
        "interested",
        "2028-12-08 19:02",
        "Hab letzte Woche gekündigt, passt also perfekt 😅 Wann telefonieren wir?",
        note=f"{S29}; 'gekündigt' (quit the job), a yes",
    ),
    email(
        "interested",
        "2029-01-11 13:26",
        "Felix Hartmann",
        "Hallo Lena,\n\nIhre Mail hätte ich fast ungelesen gelöscht, zum Glück nicht. Klingt "
        "spannend, Dienstag ab\n14 Uhr hätte ich Zeit.\n\nGruß\nFelix",
        note=f"{S29}; 'fast gelöscht', a yes with a day",
    ),
    email(
        "question",
        "2029-01-30 11:55",
        "Miriam Engel",
        "Hallo Frau Vogt,\n\nmuss ich wirklich jeden Tag nach München, oder fällt die "
        "Präsenzpflicht weg, wenn man aus\nRegensburg kommt? Und in welchem Rahmen liegt das "
        "Gehalt?\n\nViele Grüße\nMiriam Engel",
        quote="outlook",
        job=2,
        note=f"{S29}; 'fällt weg' about office days, asks pay",
    ),
    sms(
        "question",
        "2029-02-08 07:58",
        "Stopp mal, ist das die Stelle, die letztes Jahr schon ausgeschrieben war? Warum ist die "
        "noch offen?",
        note=f"{S29}; 'Stopp mal' opens a question",
    ),
    email(
        "interested",
        "2029-03-07 17:14",
        "Jan-Philipp Roth",
        "Hallo Frau Vogt,\n\nich habe mich gerade bei XING abgemeldet, deshalb bitte nur noch "
        "per Mail oder Telefon.\nUnd ja: Interesse!\n\nJP Roth",
        quote="iphone",
        note=f"{S29}; 'abgemeldet' from a network, a preference of channel, a yes",
    ),
    email(
        "question",
        "2029-03-21 14:48",
        "Derya Aksoy",
        "Hallo Jonas,\n\nwoher haben Sie eigentlich meine Kontaktdaten? Nicht böse gemeint, ich "
        "wundere mich nur.\nUnd was wäre die Gehaltsspanne für die Data-Engineer-Stelle?\n\n"
        "Derya",
        job=1,
        note=f"{S29}; asks where the data came from, no stop",
    ),
    sms(
        "interested",
        "2029-04-11 12:31",
        "Keine Sorge, ich lösch Ihre Nachrichten nicht mehr ungelesen 😄 Ja, Interesse. Rufen Sie "
        "an",
        note=f"{S29}; 'nicht mehr' and 'lösch' in a yes",
    ),
    email(
        "not_now",
        "2028-12-15 10:05",
        "Sabine Krüger",
        "Hallo Lena,\n\nvor Mitte Februar geht bei mir gar nichts, wir haben Jahresabschluss. "
        "Melden Sie sich gern\ndanach noch einmal.\n\nViele Grüße\nSabine",
        date="2029-02-15",
        note=f"{S29}; Mitte Februar",
    ),
    sms(
        "not_now",
        "2029-02-20 09:37",
        "Bitte bis Ende April keine Anrufe, bin in Elternzeit. Danach gern wieder!",
        date="2029-05-01",
        note=f"{S29}; 'keine Anrufe bis Ende April', typed absence that puts off: a deferral",
    ),
    email(
        "not_now",
        "2029-05-08 15:20",
        "Thomas Weber",
        "Hallo Herr Becker,\n\naktuell nicht, aber nach dem Sommer sieht es bei mir anders aus. "
        "Dann gerne wieder.\n\nMfG\nThomas Weber",
        quote="outlook-old",
        date="2029-09-01",
        note=f"{S29}; nach dem Sommer",
    ),
    sms("not_interested", "2028-12-18 11:44", "Nein danke, kein Bedarf.", note=f"{S29}; curt no"),
    email(
        "not_interested",
        "2029-01-17 16:02",
        "Oliver Schmitt",
        "Hallo Lena,\n\nbitte ziehen Sie meine Bewerbung für die EM-Rolle zurück, ich habe mich "
        "anders entschieden.\n\nOliver",
        job=2,
        note=f"{S29}; withdraws from one process: about the role, not contact",
    ),
    email(
        "not_interested",
        "2029-04-04 19:26",
        "Claudia Berger",
        "Zehn Jahre Java im Lebenslauf und Sie schicken mir eine Stelle als Designer. "
        "Passt ja hervorragend.\nNein danke.",
        quote="android",
        job=4,
        note=f"{S29}; sarcasm with a plain no",
    ),
    email(
        "referral",
        "2029-02-01 12:12",
        "Markus Lehmann",
        "Hallo Frau Vogt,\n\nfür mich passt es nicht mehr, ich bin inzwischen im Vertrieb. Mein "
        "ehemaliger Kollege\nTimo Albrecht (timo.albrecht@posteo.de) wäre aber genau der "
        "Richtige.\n\nGruß\nMarkus Lehmann",
        quote="outlook",
        note=f"{S29}; referral with address",
    ),
    sms(
        "referral",
        "2029-03-28 18:19",
        "Bin die Falsche, aber meine Schwester Lea macht genau das. 0176 5550 9132, schöne Grüße",
        note=f"{S29}; wrong person pointing to her sister: referral",
    ),
    email(
        "wrong_person",
        "2029-02-27 13:33",
        "Petra Neumann",
        "Sie verwechseln mich, ich bin Physiotherapeutin und heiße nur zufällig wie Ihre "
        "Kandidatin.",
        quote="iphone",
        note=f"{S29}; namesake",
    ),
    sms(
        "wrong_person",
        "2029-05-03 17:51",
        "Falsche Nummer. Hier gibts keinen Herrn Yilmaz",
        note=f"{S29}; sms",
    ),
    email(
        "accepted_elsewhere",
        "2029-01-25 08:46",
        "Stefan Vogel",
        "Hallo Jonas,\n\ndanke, aber ich habe letzte Woche bei Zalando unterschrieben, Start ist "
        "am 1.4. Vielleicht in\nein, zwei Jahren wieder.\n\nStefan",
        note=f"{S29}; start date and 'in ein, zwei Jahren' do not make it not_now",
    ),
    sms(
        "accepted_elsewhere",
        "2029-04-17 20:05",
        "Hab schon was Neues, seit Montag. Danke trotzdem!",
        note=f"{S29}; sms",
    ),
    email(
        "out_of_office",
        "2028-12-21 07:10",
        "Andrea Hofmann",
        "Vielen Dank für Ihre Nachricht. Ich bin bis zum 4. Januar nicht im Büro und habe keinen "
        "Zugriff auf\nmeine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
        "empfang@hofmann-partner.example.",
        auto=True,
        quote="none",
        email="a.hofmann@hofmann-partner.example",
        date="2029-01-04",
        note=f"{S29}; automatic reply, bis zum 4. Januar",
    ),
    email(
        "out_of_office",
        "2029-03-15 06:30",
        "Jürgen Maier",
        "Ich bin im Urlaub und ab Montag, 26.03., wieder für Sie erreichbar. Ihre Nachricht wird "
        "nicht\nweitergeleitet.",
        auto=True,
        quote="none",
        charset="iso-8859-1",
        email="juergen.maier@maier-bau.example",
        date="2029-03-26",
        note=f"{S29}; automatic reply, numeric day.month; iso-8859-1",
    ),
    bounce(
        "2029-02-14 04:03",
        "k.wendt@gmx.de",
        "Die Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: {rcpt}\nGrund: Die "
        "Empfängeradresse ist unbekannt.\n\nBitte prüfen Sie die Schreibweise der Adresse.",
        "5.1.1",
        "550 5.1.1 <k.wendt@gmx.de>: Recipient address rejected: User unknown",
        note=f"{S29}; postfix report, German notice",
    ),
]

# ---------------------------------------------------------------- new writer s29b
# An eleventh writer's batch: people deep in a thread (genervt or apologetic), writers for whom
# German is a second language, phone typing and autocorrect, answers to a Mailbox message,
# assistants and partners answering for someone, people already at the hiring company,
# students, one-line replies from senior people, and legal tones.
S29B = "new writer s29b"
REPLIES += [
    email(
        "opt_out",
        "2029-06-06 08:55",
        "Thorsten Wendel",
        "Hallo Frau Vogt,\n\ndas ist jetzt Ihre dritte Mail zu derselben Stelle. Ich habe nicht "
        "geantwortet, weil ich nicht\nwechseln will. Bitte tragen Sie mich aus, bevor die vierte "
        "kommt.\n\nT. Wendel",
        touch=1,
        note=f"{S29B}; deep in a thread, genervt: austragen before the fourth",
    ),
    sms(
        "opt_out",
        "2029-06-20 19:40",
        "Bitte löschen Sie meine Bummer\n*Nummer. Blöde Autokorrektur",
        note=f"{S29B}; autocorrect 'Bummer' for Nummer, corrected on a second line",
    ),
    email(
        "opt_out",
        "2029-07-04 12:10",
        "Sabine Krüger",
        "Guten Tag,\n\nich habe Ihre Nachricht auf meiner Mailbox abgehört. Bitte rufen Sie mich "
        "auf dem Handy nicht\nmehr an, ich sitze den ganzen Tag in Besprechungen. Suchen tue ich "
        "ohnehin nicht.\n\nS. Krüger",
        quote="iphone",
        note=f"{S29B}; answers a Mailbox message: no more calls on the mobile",
    ),
    email(
        "opt_out",
        "2029-07-18 14:35",
        "Tomasz Wiśniewski",
        "Hallo Frau Vogt,\n\ndanke für die Mail aber ich bin nicht interessiert. Kann Sie bitte "
        "meine Kontakt aus Ihre\nDatabase löschen? Ich bekomme sehr viele solche Mails.\n\n"
        "Vielen Dank\nTomasz",
        quote="android",
        email="tomasz.wisniewski@gmail.com",
        note=f"{S29B}; non-native German, English 'Database': meine Kontakt löschen",
    ),
    email(
        "opt_out",
        "2029-08-01 09:20",
        "Frank Mertens",
        "Sehr geehrte Damen und Herren,\n\nich fordere Sie auf, es künftig zu unterlassen, mich "
        "zu Werbe- oder Abwerbezwecken zu\nkontaktieren, gleich auf welchem Weg. Für den Fall "
        "der Zuwiderhandlung behalte ich mir\nrechtliche Schritte vor.\n\nMit freundlichen "
        "Grüßen\nDr. Frank Mertens\nRechtsanwalt",
        quote="outlook-old",
        html="plain",
        charset="iso-8859-1",
        email="mertens@kanzlei-mertens.example",
        note=f"{S29B}; legalistic: Unterlassung, no stop word; iso-8859-1",
    ),
    email(
        "opt_out",
        "2029-08-22 17:05",
        "Carolin Hesse",
        "Hallo Herr Becker,\n\nich bin seit März bei Northwind angestellt, im SRE-Team übrigens. "
        "Ihr Haus sollte mich also\nwirklich nicht mehr anschreiben – bitte nehmen Sie mich aus "
        "dem Kandidatenpool.\n\nGruß\nCarolin Hesse",
        job=3,
        note=f"{S29B}; already works at the hiring company: aus dem Kandidatenpool nehmen",
    ),
    sms(
        "opt_out",
        "2029-09-12 20:15",
        "Hier ist die Frau von Stefan. Er sucht nichts. Und bitte keine Anrufe mehr auf unserem "
        "Festnetz, wir haben ein Baby",
        note=f"{S29B}; a partner answers: no more calls on the landline",
    ),
    email(
        "opt_out",
        "2029-10-10 06:50",
        "Klaus Brenninkmeyer",
        "Kein Bedarf. Bitte nicht wieder.",
        quote="iphone",
        note=f"{S29B}; very senior, one line: bitte nicht wieder",
    ),
    email(
        "interested",
        "2029-06-11 16:25",
        "Julia Roth",
        "Hallo Frau Vogt,\n\nbitte hören Sie nicht auf! Entschuldigung für die Funkstille, ich war "
        "drei Wochen in\nElternzeit und habe Ihre Mails erst jetzt gesehen. Ja, ich habe "
        "Interesse.\n\nViele Grüße\nJulia Roth",
        touch=2,
        note=f"{S29B}; deep in a thread, apologetic: 'hören Sie nicht auf' to our last nudge",
    ),
    sms(
        "interested",
        "2029-06-27 11:45",
        "Hab Ihre Nachricht auf der Mailbox gehört. Ja gerne! Rufen Sie mich morgen zwischen 12 "
        "und 13 Uhr zurück",
        note=f"{S29B}; answers a Mailbox message: a yes",
    ),
    email(
        "question",
        "2029-07-09 10:30",
        "Lea Schubert",
        "Hallo Jonas,\n\nich bin noch im Master (Abgabe im Februar). Kommt die Stelle auch für "
        "Berufseinsteiger in\nFrage, oder soll ich mich gar nicht erst bewerben?\n\nLG Lea",
        job=1,
        note=f"{S29B}; student asks whether a starter fits",
    ),
    email(
        "question",
        "2029-07-25 15:50",
        "Ethan Clarke",
        "Hi Jonas,\n\nsounds super interessant! Ich bin open für einen Call, aber mein Deutsch ist "
        "nicht perfekt –\nist das ein Problem für das Team? Meetings sind auf Englisch?\n\n"
        "Cheers\nEthan",
        job=1,
        note=f"{S29B}; non-native German mixed with English: asks about the language",
    ),
    email(
        "question",
        "2029-08-08 13:15",
        "Markus Wendt",
        "Hallo Frau Vogt,\n\nstreichen Sie das „Staff“ aus dem Titel und ich bin dabei. Oder ist "
        "das wirklich eine\nStaff-Rolle? Und wie sieht die Gehaltsspanne aus?\n\nGruß\nMarkus",
        job=0,
        note=f"{S29B}; 'streichen Sie' a word of the title: asks level and pay",
    ),
    email(
        "question",
        "2029-08-29 09:05",
        "Pia Langer",
        "Hallo Herr Becker,\n\nich bin schon bei Northwind, in der Lager-IT. Läuft so ein Wechsel "
        "ins SRE-Team über\nSie oder über unsere eigene Personalabteilung? Interesse hätte ich "
        "durchaus.\n\nPia Langer",
        quote="outlook",
        job=3,
        note=f"{S29B}; already works at the hiring company: asks the route",
    ),
    email(
        "question",
        "2029-09-19 11:40",
        "Henrik Sommer",
        "Sehr geehrte Frau Vogt,\n\nbevor wir weitermachen: Bitte teilen Sie mir gemäß Art. 15 "
        "DSGVO mit, welche Daten Sie\nüber mich gespeichert haben und woher Sie diese haben. "
        "Grundsätzlich ist die Stelle für mich\ninteressant.\n\nMit freundlichen Grüßen\n"
        "Henrik Sommer",
        quote="outlook",
        note=f"{S29B}; asks what data is held (Art. 15), no stop or deletion",
    ),
    email(
        "interested",
        "2029-10-03 07:30",
        "Wolfgang Reich",
        "Gerne. Aber nie vor 10 Uhr anrufen.\n\nW.R.",
        quote="iphone",
        note=f"{S29B}; senior, one line: 'nie vor 10 Uhr' is a preference, not a stop",
    ),
    email(
        "not_now",
        "2029-07-02 18:20",
        "Jannik Vogel",
        "Hallo Jonas,\n\nich schreibe gerade meine Masterarbeit, Abgabe ist am 30.9. Melde dich "
        "gern danach noch mal,\ndann hab ich auch den Kopf frei.\n\nJannik",
        date="2029-10-01",
        note=f"{S29B}; student: after 30.9 is the day after",
    ),
    email(
        "not_now",
        "2029-07-31 10:05",
        "Michael Hartmann",
        "Sehr geehrte Frau Vogt,\n\nHerr Dr. Hartmann ist bis zum 15. August im Urlaub. Bitte "
        "melden Sie sich ab dem\n16. August erneut, ich lege ihm Ihre Nachricht dann vor.\n\n"
        "Mit freundlichen Grüßen\nAndrea Lutz\nAssistenz der Geschäftsführung",
        quote="outlook",
        date="2029-08-16",
        note=f"{S29B}; an assistant types an absence that puts it off: ab dem 16. August",
    ),
    sms(
        "not_now",
        "2029-06-15 21:10",
        "grad voll im umzug 🙈 nach dem sommer gerne wieder melden!",
        date="2029-09-01",
        note=f"{S29B}; nach dem Sommer, typed on a phone",
    ),
    email(
        "not_interested",
        "2029-09-05 15:20",
        "Birgit Albrecht",
        "Hallo Frau Vogt,\n\nentschuldigen Sie, dass ich erst jetzt antworte. Ich habe lange "
        "überlegt, aber ich bleibe bei\nmeinem jetzigen Arbeitgeber.\n\nFreundliche Grüße\n"
        "Birgit Albrecht",
        touch=1,
        note=f"{S29B}; deep in a thread, apologetic: a plain no",
    ),
    email(
        "not_interested",
        "2029-10-17 08:10",
        "Ulrich Brandauer",
        "Danke, nein.",
        quote="iphone",
        note=f"{S29B}; very senior, two words",
    ),
    email(
        "referral",
        "2029-09-26 14:00",
        "Ines Keller",
        "Sehr geehrter Herr Becker,\n\nFrau Prof. Keller nimmt keine Stellen in der Industrie an. "
        "Sie bittet mich, Ihre Nachricht\nan ihren Doktoranden Lukas Brenner weiterzugeben, der "
        "im Herbst fertig wird und sucht:\nlukas.brenner@posteo.de\n\nMit freundlichen Grüßen\n"
        "Monika Stadler\nSekretariat Lehrstuhl für Datenbanksysteme",
        quote="outlook",
        job=1,
        email="keller@dbs.uni-musterstadt.example",
        note=f"{S29B}; a secretary answers for a professor and passes it to a doctoral student",
    ),
    sms(
        "referral",
        "2029-10-24 17:55",
        "bin selber noch im 3. semester 😅 aber mein kumpel mert ist fertig und sucht. schreib "
        "ihm: 0171 5550233",
        note=f"{S29B}; a student passes it to a friend",
    ),
    sms(
        "wrong_person",
        "2029-11-07 12:30",
        "Sie haben mir auf die Mailbox gesprochen und nach einer Frau Albers gefragt. Die Nummer "
        "gehört jetzt mir, Frau Albers kenne ich nicht",
        note=f"{S29B}; answers a Mailbox message: wrong number",
    ),
    email(
        "wrong_person",
        "2029-11-14 16:45",
        "Jan Ulrich Peters",
        "Hallo Frau Vogt,\n\nich glaube, Sie verwechseln mich. Ich bin Krankenpfleger in Kiel, "
        "kein Designer.\n\nGruß\nJan Peters",
        job=4,
        note=f"{S29B}; namesake",
    ),
    email(
        "accepted_elsewhere",
        "2029-11-21 09:35",
        "Selin Yıldız",
        "Hallo Herr Becker,\n\nvielen Dank! Ich habe gestern meinen ersten Vertrag unterschrieben, "
        "Trainee bei Bosch ab\ndem 1. Januar. Viel Erfolg bei der Suche!\n\nSelin",
        email="selin.yildiz@gmx.de",
        note=f"{S29B}; new graduate, signed elsewhere, start date",
    ),
    sms(
        "accepted_elsewhere",
        "2029-11-28 19:05",
        "hab schon was neues, fang im januar an. trotzdem danke 👍",
        note=f"{S29B}; sms, start month",
    ),
    email(
        "out_of_office",
        "2029-08-15 07:40",
        "Doris Eckert",
        "Vielen Dank für Ihre Nachricht. Ich bin im Urlaub und ab dem 27.08. wieder erreichbar. "
        "In dringenden\nFällen wenden Sie sich bitte an vertrieb@eckert-logistik.example.",
        auto=True,
        quote="none",
        email="d.eckert@eckert-logistik.example",
        date="2029-08-27",
        note=f"{S29B}; automatic reply, numeric day.month",
    ),
    email(
        "out_of_office",
        "2029-12-05 10:15",
        "Martin Gruber",
        "Danke für Ihre E-Mail. Ich bin in Elternkarenz und ab 7. Jänner 2030 wieder im Büro. "
        "Ihre Nachricht\nwird nicht weitergeleitet.",
        auto=True,
        quote="none",
        email="m.gruber@alpenwerk.example",
        date="2030-01-07",
        note=f"{S29B}; Austrian automatic reply: Elternkarenz, 7. Jänner",
    ),
    bounce(
        "2029-12-12 11:50",
        "h.kessler@kessler-maschinenbau.example",
        "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht an {rcpt} konnte nicht "
        "zugestellt werden, da das Postfach\ndes Empfängers deaktiviert wurde.\n\nBetreff: "
        "{subject}\n\nFehlercode: 550 5.2.1 Mailbox disabled",
        "5.2.1",
        "550 5.2.1 Mailbox disabled",
        dsn="plain",
        note=f"{S29B}; non-standard German notice, mailbox disabled",
    ),
]

# ---------------------------------------------------------------- new writer s30
# A twelfth writer's batch: Diktierfunktion (no punctuation, "Komma"/"Punkt" spelt out), very
# terse senior people, older people writing formally and at length, Denglisch, Jugendsprache,
# Swiss German and Austrian writers, shared team inboxes, people who quote one line of ours and
# answer under it, people worn down by the volume, polite but final refusals that ask for
# erasure in roundabout ways, and replies that hinge on one small word.
S30 = "new writer s30"
REPLIES += [
    sms(
        "opt_out",
        "2030-01-09 16:20",
        "Hallo Frau Vogt Komma ich sitze im Auto und diktiere das Punkt bitte rufen sie mich nicht "
        "mehr an und löschen sie meine Nummer Punkt danke",
        note=f"{S30}; Diktierfunktion: 'Komma' and 'Punkt' spelt out, no capitals",
    ),
    email(
        "opt_out",
        "2030-01-16 08:45",
        "Reto Brunner",
        "Grüezi Herr Becker\n\nIch ha kei Interässe. Löschet Sie mi bitte us Ihrere Kartei und "
        "lüütet Sie mir nüme ufs\nNatel aa.\n\nMerci vielmal\nReto Brunner",
        quote="outlook",
        email="reto.brunner@bluewin.ch",
        note=f"{S30}; Swiss German written in dialect: us Ihrere Kartei lösche, nüme ufs Natel "
        "aalüüte",
    ),
    email(
        "opt_out",
        "2030-01-23 12:05",
        "Kevin Schulte",
        "Hi Lena,\n\nthanks für die Nachricht, aber ich bin gerade nicht open to work. Könntest du "
        "mich bitte aus\neurem Talent-Pool removen? Ich krieg gefühlt jeden Tag so einen Ping.\n\n"
        "Cheers\nKevin",
        quote="gmail",
        note=f"{S30}; Denglisch: aus dem Talent-Pool removen",
    ),
    email(
        "opt_out",
        "2030-01-30 09:30",
        "Gerhard Lindemann",
        "Sehr geehrte Frau Vogt,\n\nmit einiger Verwunderung habe ich Ihr Schreiben vom "
        "vergangenen Dienstag erhalten. Ich bin\nseit nunmehr vier Jahren im Ruhestand, nachdem "
        "ich über dreißig Jahre als Ingenieur bei der\nBundesbahn tätig war, und habe nicht die "
        "Absicht, daran noch etwas zu ändern.\n\nIch darf Sie daher höflich, aber bestimmt "
        "bitten, meinen Namen und meine Anschrift aus Ihren\nUnterlagen zu entfernen und von "
        "weiteren Zuschriften abzusehen.\n\nHochachtungsvoll\nGerhard Lindemann",
        quote="outlook-old",
        html="plain",
        charset="iso-8859-1",
        note=f"{S30}; retired, formal and at length: aus Ihren Unterlagen entfernen, von weiteren "
        "Zuschriften absehen; iso-8859-1",
    ),
    email(
        "opt_out",
        "2030-02-06 06:40",
        "Dr. Henrike Albers",
        "Austragen.\n\nHA",
        quote="iphone",
        job=2,
        email="h.albers@albers-holding.example",
        note=f"{S30}; very senior, one word",
    ),
    sms(
        "opt_out",
        "2030-02-13 22:10",
        "digga ich hab null bock auf euren job 😭 schreibt mir bitte nicht mehr, ist echt cringe",
        note=f"{S30}; Jugendsprache: schreibt mir nicht mehr",
    ),
    email(
        "opt_out",
        "2030-02-20 13:55",
        "Jens Hartwig",
        "> Alle Nachrichten abbestellen\n\nJa, genau das. Alles, Mail wie Telefon.\n\nJ. Hartwig",
        quote="none",
        note=f"{S30}; quotes our footer's stop line alone and answers under it",
    ),
    email(
        "opt_out",
        "2030-02-27 17:30",
        "Andrea Schäfer",
        "Hallo Herr Becker,\n\ndas ist die vierte Nachricht in drei Wochen, dazu zwei Anrufe. "
        "Irgendwann ist auch mal gut.\nLassen Sie mich bitte in Ruhe.\n\nA. Schäfer",
        touch=1,
        quote="android",
        note=f"{S30}; worn down by the volume: lassen Sie mich in Ruhe",
    ),
    email(
        "opt_out",
        "2030-03-06 10:15",
        "Ulrike Pichler",
        "Sehr geehrte Frau Vogt,\n\nherzlichen Dank für Ihr freundliches Angebot, aber ich bleibe, "
        "wo ich bin, und daran wird sich\nauch nichts ändern. Ich wäre Ihnen verbunden, wenn Sie "
        "meine Unterlagen bei Gelegenheit dem\nReißwolf überantworten und mir weitere Post "
        "ersparen könnten.\n\nMit besten Grüßen aus Graz\nMag. Ulrike Pichler",
        quote="outlook",
        cte="base64",
        note=f"{S30}; Austrian, polite but final: Unterlagen dem Reißwolf, weitere Post ersparen; "
        "base64",
    ),
    email(
        "interested",
        "2030-01-11 11:20",
        "Marco Seidel",
        "> da ich nichts von Ihnen gehört habe, gehe ich davon aus, dass der Zeitpunkt gerade "
        "nicht passt,\n> und melde mich nicht weiter.\n\nDoch, melden Sie sich bitte weiter! Der "
        "Zeitpunkt passt sogar sehr gut. Donnerstag\nnachmittag hätte ich Zeit für ein "
        "Gespräch.\n\nMarco Seidel",
        touch=2,
        note=f"{S30}; quotes our 'melde mich nicht weiter' and answers 'melden Sie sich bitte "
        "weiter': a yes",
    ),
    sms(
        "interested",
        "2030-01-25 18:40",
        "Nicht löschen!! Hab Interesse, war nur im Urlaub. Ruf mich morgen ab 17 Uhr an",
        note=f"{S30}; 'nicht löschen', a yes with a time to talk",
    ),
    email(
        "interested",
        "2030-02-08 09:05",
        "Leonie Kraus",
        "Hi Jonas,\n\nich hätte fast auf Unsubscribe geklickt, weil ich gerade so viel Spam "
        "bekomme, aber das hier\nklingt tatsächlich nach einem Match. Lass uns gern callen – "
        "Donnerstag oder Freitag vormittag?\n\nLG Leonie",
        quote="gmail",
        note=f"{S30}; Denglisch: nearly clicked Unsubscribe, a yes with days",
    ),
    email(
        "interested",
        "2030-02-22 10:45",
        "Wolfgang Reichelt",
        "Sehr geehrte Frau Vogt,\n\nIhr Schreiben kam zu einem günstigen Zeitpunkt. Nach "
        "zweiundzwanzig Jahren im selben Haus\nbin ich für eine neue Aufgabe durchaus offen. Gern "
        "stehe ich für ein Gespräch zur Verfügung,\nam besten am Dienstagvormittag.\n\nMit "
        "freundlichen Grüßen\nWolfgang Reichelt",
        quote="outlook-old",
        html="plain",
        job=2,
        note=f"{S30}; older, formal: a yes with a day",
    ),
    sms(
        "question",
        "2030-01-18 19:15",
        "Grüezi, tönt guet! Isch das 100% remote oder muess i uf Hamburg? Sus würd i mini "
        "Stell nöd verlah",
        note=f"{S30}; Swiss German sms: 'mini Stell nöd verlah' (not leave my job) unless remote",
    ),
    sms(
        "question",
        "2030-02-01 07:50",
        "Gehalt? Remote? Dann reden wir.",
        note=f"{S30}; very senior, three words",
    ),
    email(
        "question",
        "2030-02-15 14:25",
        "Svenja Ott",
        "Hallo Herr Becker,\n\nbevor Sie mich aus dem Verteiler nehmen, weil ich so spät antworte: "
        "Ist die SRE-Stelle noch\noffen? Und wie sieht die Rufbereitschaft konkret aus?\n\n"
        "Viele Grüße\nSvenja Ott",
        quote="apple",
        job=3,
        note=f"{S30}; 'bevor Sie mich aus dem Verteiler nehmen': asks whether open, on-call",
    ),
    email(
        "question",
        "2030-03-01 12:00",
        "Matthias Kolb",
        "Hallo Frau Vogt,\n\nklingt sehr gut. Meine Kündigungsfrist beträgt allerdings drei "
        "Monate zum Quartalsende.\nIst das für Tessera ein Problem?\n\nGruß\nMatthias Kolb",
        quote="outlook",
        job=2,
        html="only",
        note=f"{S30}; 'Kündigungsfrist': asks whether three months' notice is a problem; html-only",
    ),
    email(
        "not_now",
        "2030-03-05 15:10",
        "Dirk Neumann",
        "Hallo Frau Vogt,\n\nmelden Sie sich bitte nach Ostern wieder, bis dahin ist bei uns "
        "Release-Crunch.\n\nDirk",
        quote="android",
        date="2030-04-23",
        note=f"{S30}; nach Ostern (Tuesday after Easter Sunday)",
    ),
    sms(
        "not_now",
        "2030-06-04 21:00",
        "hab grad prüfungsphase, schreib mir mitte juli nochmal",
        date="2030-07-15",
        note=f"{S30}; Jugendsprache: mitte juli (15th)",
    ),
    email(
        "not_now",
        "2030-02-11 09:40",
        "Beat Zollinger",
        "Grüezi Frau Vogt\n\nBis Ende März bin ich noch in einem Projekt gebunden. Melden Sie sich "
        "doch nachher wieder,\ndann schaue ich es gern an.\n\nFreundliche Grüsse\nBeat Zollinger",
        quote="outlook",
        email="beat.zollinger@sunrise.ch",
        date="2030-04-01",
        note=f"{S30}; Swiss: bis Ende März, nachher (1 April)",
    ),
    sms(
        "not_interested",
        "2030-03-13 20:30",
        "Thanks, aber ist nicht so mein Vibe. Ich bleib bei meinem Startup",
        note=f"{S30}; Denglisch, a plain no",
    ),
    email(
        "not_interested",
        "2030-03-20 11:35",
        "Petra Lorenz",
        "Frau Vogt, auch auf die dritte Mail: nein.\n\nMfG",
        touch=1,
        quote="iphone",
        note=f"{S30}; worn down by the volume, a plain no without asking to stop",
    ),
    email(
        "referral",
        "2030-03-27 13:20",
        "DevOps Alpenwerk",
        "Hallo Herr Becker,\n\nhier antwortet das Team-Postfach von DevOps bei Alpenwerk. Keiner "
        "von uns sucht, aber unser\nehemaliger Kollege Timo Haas ist gerade auf der Suche: "
        "timo.haas@posteo.de\n\nViele Grüße\nDas DevOps-Team",
        quote="outlook",
        job=3,
        email="devops@alpenwerk.example",
        note=f"{S30}; a shared team inbox points to a former colleague",
    ),
    sms(
        "referral",
        "2030-04-03 12:45",
        "Hallo hier ist Birgit ich suche nicht aber meine Tochter Lea ist Data Engineer und sucht "
        "gerade ihre Nummer ist 0171 2345678",
        note=f"{S30}; Diktierfunktion, no punctuation: points to a daughter",
    ),
    sms(
        "wrong_person",
        "2030-04-10 10:05",
        "Sie verwechseln mich. Ich bin Zahnarzt in Bielefeld",
        note=f"{S30}; namesake",
    ),
    sms(
        "accepted_elsewhere",
        "2030-04-17 19:25",
        "Danke, aber hab gestern bei Zalando unterschrieben, start im Mai 🎉",
        note=f"{S30}; signed elsewhere, start month",
    ),
    email(
        "accepted_elsewhere",
        "2030-04-24 10:50",
        "Hannelore Sievers",
        "Sehr geehrter Herr Becker,\n\nich danke Ihnen für Ihre freundliche Nachricht. Ich habe "
        "mich jedoch vor zwei Wochen für ein\nAngebot der Stadtwerke entschieden; der Vertrag ist "
        "bereits unterschrieben.\n\nMit freundlichen Grüßen\nHannelore Sievers",
        quote="outlook-old",
        html="plain",
        note=f"{S30}; older, formal: signed elsewhere",
    ),
    email(
        "out_of_office",
        "2030-04-12 07:30",
        "Florian Weiß",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22.04.2030 nicht im Büro und "
        "habe\nkeinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.",
        auto=True,
        quote="none",
        email="florian.weiss@hanse-logistik.example",
        date="2030-04-22",
        note=f"{S30}; automatic reply, bis einschließlich 22.04.2030",
    ),
    email(
        "out_of_office",
        "2030-05-24 08:15",
        "Corinne Meier",
        "Ich bin bis am 3. Juni abwesend und habe keinen Zugriff auf meine E-Mails. In dringenden "
        "Fällen\nwenden Sie sich bitte an info@meier-partner.example.",
        auto=True,
        quote="none",
        email="corinne.meier@meier-partner.example",
        date="2030-06-03",
        note=f"{S30}; Swiss automatic reply: bis am 3. Juni",
    ),
    bounce(
        "2030-05-08 14:05",
        "s.hoffmann@rheinwerk-it.example",
        "Ihre Nachricht hat folgende Empfänger nicht erreicht:\n\n{rcpt}\n\nDie E-Mail-Adresse, "
        "die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die\nAdresse und "
        "versuchen Sie es erneut.",
        "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        dsn="exchange",
        note=f"{S30}; exchange notice in German, recipient not found",
    ),
]

# ---------------------------------------------------------------- new writer s30b
# A thirteenth writer's batch: German as a second language (a Turkish engineer's word order and
# articles, a Pole's "bitte nicht mehr schreiben mir"), one- to three-word answers ("kein
# Bedarf"), emoji-heavy texts, a long personal story that ends in one decisive line, people who
# answer about LinkedIn in an email, a reply meant for another message in the thread, the
# recruiter's former colleague, people on the road in fragments, anger about how an address
# was obtained, and replies that hinge on the scope of a negation ("nicht jetzt und auch nicht
# später" with or without a request to stop, "nicht jetzt, aber auch nicht nie").
S30B = "new writer s30b"
REPLIES += [
    email(
        "opt_out",
        "2030-08-06 09:20",
        "Mehmet Yıldız",
        "Sehr geehrte Frau Vogt,\n\nich danke für Ihre Nachricht. Aber ich habe keine Interesse "
        "für neue Stelle, ich bin zufrieden in\nmeine Firma. Bitte Sie löschen meine Daten aus "
        "Ihre System und schreiben Sie mir nicht mehr.\n\nMit freundliche Grüße\nMehmet Yıldız",
        quote="outlook",
        job=0,
        email="mehmet.yildiz@web.de",
        note=f"{S30B}; a Turkish engineer writing German: 'bitte Sie löschen meine Daten aus "
        "Ihre System'",
    ),
    sms(
        "opt_out",
        "2030-08-13 15:45",
        "Guten Tag, bitte nicht mehr schreiben mir auf diese Nummer. Danke. Grzegorz",
        note=f"{S30B}; a Pole writing German: 'bitte nicht mehr schreiben mir'",
    ),
    email(
        "opt_out",
        "2030-08-20 11:10",
        "Sabine Krämer",
        "Hallo Herr Becker,\n\nnicht jetzt und auch nicht später. Bitte nehmen Sie mich aus dem "
        "Verteiler.\n\nGruß\nS. Krämer",
        quote="gmail",
        job=1,
        note=f"{S30B}; negation scope: 'nicht jetzt und auch nicht später', then aus dem "
        "Verteiler nehmen",
    ),
    email(
        "opt_out",
        "2030-08-27 19:30",
        "Torsten Wiegand",
        "Ich bin ehrlich gesagt sauer. Diese Adresse kennen genau zwei Stellen: mein "
        "Sportverein und mein\nSteuerberater. Irgendwer hat sie weitergegeben, und Sie machen "
        "sich das zunutze. Löschen Sie sie,\nund zwar sofort.\n\nT. Wiegand",
        quote="android",
        job=3,
        note=f"{S30B}; angry about how the address was obtained: löschen Sie sie, sofort",
    ),
    sms(
        "opt_out",
        "2030-09-03 18:05",
        "🙄🙄 nein danke!! 🚫📵 keine SMS mehr bitte",
        note=f"{S30B}; emoji-heavy: keine SMS mehr",
    ),
    email(
        "opt_out",
        "2030-09-10 12:35",
        "Katrin Seidel",
        "Hallo Lena,\n\nSie haben mir inzwischen dreimal auf LinkedIn geschrieben und jetzt "
        "auch noch per Mail. Auf LinkedIn\nbitte gar nicht mehr, dort nehme ich grundsätzlich "
        "keine Recruiter-Nachrichten an. Per Mail ist\nin Ordnung, aber für diese Stelle: nein "
        "danke.\n\nKatrin Seidel",
        quote="outlook",
        job=4,
        note=f"{S30B}; answers about LinkedIn in an email: stop one channel (mail is fine)",
    ),
    email(
        "opt_out",
        "2030-09-17 20:15",
        "Felix Brandt",
        "Hallo Jonas,\n\ndanke für die nette Nachricht. Ich habe lange überlegt, ob ich überhaupt "
        "antworte. Vor zwei\nJahren hätte ich sofort ja gesagt. Dann kam der Burn-out, sechs "
        "Monate Klinik, und danach habe ich\nmit meinem Schwager eine kleine Imkerei in der "
        "Uckermark angefangen. Wir haben inzwischen\nvierzig Völker, und ich vermisse die "
        "Sprint-Plannings kein bisschen.\n\nDeshalb, ganz ohne Groll: Bitte streichen Sie mich "
        "aus Ihrer Kandidatendatei.\n\nHerzliche Grüße\nFelix",
        quote="gmail",
        job=3,
        cte="quoted-printable",
        note=f"{S30B}; a long personal story ending in one decisive line: aus der "
        "Kandidatendatei streichen",
    ),
    sms(
        "opt_out",
        "2030-09-24 07:50",
        "Nummer löschen. Danke.",
        note=f"{S30B}; two words and a thanks",
    ),
    sms(
        "interested",
        "2030-08-08 16:40",
        "Hallo Frau Vogt, ja ich habe Interesse!! Bitte nicht löschen meine Nummer 😊 Sie können "
        "anrufen morgen nach 17 Uhr",
        note=f"{S30B}; a Turkish writer's German: 'bitte nicht löschen meine Nummer', a yes",
    ),
    email(
        "interested",
        "2030-08-22 10:25",
        "Anja Roth",
        "Hallo Lena,\n\nmein „Bitte austragen“ von gestern war für den Newsletter darunter "
        "gedacht, nicht für Sie, sorry!\nAn der Stelle habe ich wirklich Interesse. Passt Ihnen "
        "Donnerstag um 16 Uhr für ein Telefonat?\n\nViele Grüße\nAnja",
        quote="apple",
        job=0,
        note=f"{S30B}; a stop meant for another message, taken back: a yes with a day",
    ),
    email(
        "interested",
        "2030-09-05 13:55",
        "Jan Petersen",
        "Sitze im ICE, Netz wackelt. Kurz: ja, Interesse. Ruf mich Fr. an.\n\nJP",
        quote="iphone",
        job=3,
        note=f"{S30B}; on the road, in fragments: a yes with a day",
    ),
    email(
        "interested",
        "2030-09-19 17:05",
        "Nils Hartung",
        "Jonas!! Dass ich das noch erlebe, du als Recruiter 😄 Weißt du noch, die "
        "Kaffeemaschine im dritten\nStock, die nie ging? Egal: Ich bin tatsächlich offen für "
        "was Neues. Wann telefonieren wir?\n\nNils",
        quote="gmail",
        job=1,
        note=f"{S30B}; the recruiter's former colleague, banter ('die nie ging'), a yes",
    ),
    email(
        "question",
        "2030-08-15 08:50",
        "Emre Aydın",
        "Hallo Herr Becker,\n\ndanke für Nachricht. Bevor ich entscheide: Ist die Stelle auch "
        "mit Blaue Karte möglich? Und\nwie viel Tage Homeoffice? Ich will nicht mehr jeden Tag "
        "zwei Stunden pendeln.\n\nGrüße\nEmre",
        quote="outlook",
        job=1,
        email="emre.aydin@gmx.de",
        note=f"{S30B}; a Turkish engineer's German, 'nicht mehr pendeln': asks visa and home "
        "office",
    ),
    sms(
        "question",
        "2030-08-29 19:20",
        "Stopp mal, ist das die Stelle mit Rufbereitschaft? Wie oft wär das?",
        note=f"{S30B}; 'Stopp mal': asks about on-call",
    ),
    email(
        "question",
        "2030-09-12 11:45",
        "Carola Wendt",
        "Hallo Lena,\n\nich habe noch nie offiziell als Engineering Manager gearbeitet, nur "
        "zwei Jahre als Teamlead\nmit fünf Leuten. Kommt das für Tessera trotzdem in Frage?\n\n"
        "Viele Grüße\nCarola",
        quote="gmail",
        job=2,
        html="only",
        note=f"{S30B}; 'noch nie': asks whether her experience is enough; html-only",
    ),
    email(
        "not_now",
        "2030-11-12 16:30",
        "Ulrike Sommer",
        "Hallo Frau Vogt,\n\nnicht jetzt, aber auch nicht nie 😉 Melden Sie sich nach Ostern "
        "gern wieder.\n\nUlrike Sommer",
        quote="apple",
        job=0,
        date="2031-04-15",
        note=f"{S30B}; negation scope: 'nicht jetzt, aber auch nicht nie', nach Ostern (Tuesday "
        "after Easter 2031)",
    ),
    sms(
        "not_now",
        "2030-09-17 12:40",
        "grad schlecht, bin auf montage. meld dich mitte nächsten monat",
        date="2030-10-15",
        note=f"{S30B}; on the road: Mitte nächsten Monats (15th)",
    ),
    email(
        "not_now",
        "2030-10-01 09:15",
        "Tomasz Nowak",
        "Guten Tag Herr Becker,\n\nich bin bis Ende Oktober in Projekt gebunden. Bitte Sie "
        "schreiben mir am 3.11. wieder, dann\nich habe mehr Zeit.\n\nMit freundlichen Grüßen\n"
        "Tomasz Nowak",
        quote="outlook-old",
        job=3,
        html="plain",
        note=f"{S30B}; a Pole writing German: write again on 3.11. (day/month)",
        date="2030-11-03",
    ),
    sms(
        "not_interested",
        "2030-08-20 14:10",
        "kein Bedarf",
        note=f"{S30B}; two words",
    ),
    email(
        "not_interested",
        "2030-10-08 10:05",
        "Birgit Langer",
        "Nicht jetzt und auch nicht später, Frau Vogt. Ich bleibe, wo ich bin. Trotzdem danke.",
        quote="gmail",
        job=4,
        note=f"{S30B}; negation scope: 'nicht jetzt und auch nicht später' alone is a plain no",
    ),
    email(
        "not_interested",
        "2030-10-22 18:50",
        "Marco Held",
        "👎 leider nein, passt nicht. Trotzdem danke 🙂",
        quote="iphone",
        job=1,
        note=f"{S30B}; emoji and a short no",
    ),
    email(
        "referral",
        "2030-10-03 08:40",
        "Serkan Kaya",
        "Hallo Herr Becker,\n\nich suche nicht, aber mein Cousin Emre ist Data Engineer und "
        "sucht gerade neue Stelle.\nSeine E-Mail ist emre.kaya@gmx.de, Sie können schreiben "
        "ihm.\n\nGrüße\nSerkan",
        quote="gmail",
        job=1,
        note=f"{S30B}; a Turkish writer's German: points to a cousin",
    ),
    sms(
        "referral",
        "2030-10-29 17:55",
        "ich nicht, aber meine kollegin jana sucht was im SRE-bereich. schreib ihr auf linkedin "
        "(jana-roth)",
        note=f"{S30B}; points to a colleague on LinkedIn",
    ),
    sms(
        "wrong_person",
        "2030-11-05 06:55",
        "Falsche Nummer 🤷‍♂️ bin Bäcker, kein Designer",
        note=f"{S30B}; emoji, wrong number",
    ),
    email(
        "wrong_person",
        "2030-11-19 13:25",
        "Dr. Andreas Vogel",
        "Sie meinen vermutlich meinen Namensvetter. Ich bin Zahnarzt in Bielefeld.\n\nA. Vogel",
        quote="outlook",
        job=0,
        note=f"{S30B}; a namesake",
    ),
    email(
        "accepted_elsewhere",
        "2030-11-26 21:10",
        "Leonie Fuchs",
        "Hab gestern bei Zalando unterschrieben. Danke trotzdem!",
        quote="iphone",
        note=f"{S30B}; on the road, fragments: signed elsewhere",
    ),
    sms(
        "accepted_elsewhere",
        "2030-12-03 15:30",
        "Dzień dobry, ich habe schon neue Arbeit seit Oktober. Danke",
        note=f"{S30B}; a Pole writing German: already in a new job",
    ),
    email(
        "out_of_office",
        "2030-11-05 10:45",
        "Petra Hoffmann",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.11.2030 nicht im Büro und "
        "habe keinen\nZugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
        "it-office@rheinwerk-it.example.",
        auto=True,
        quote="none",
        email="p.hoffmann@rheinwerk-it.example",
        date="2030-11-14",
        note=f"{S30B}; automatic reply: bis einschließlich 14.11.2030",
    ),
    email(
        "out_of_office",
        "2030-11-20 08:10",
        "Yusuf Demir",
        "Danke für Ihre E-Mail. Ich bin im Urlaub und ab dem 2. Dezember wieder erreichbar.",
        auto=True,
        quote="none",
        email="yusuf.demir@demir-engineering.example",
        date="2030-12-02",
        note=f"{S30B}; automatic reply: ab dem 2. Dezember wieder erreichbar",
    ),
    bounce(
        "2030-12-10 09:35",
        "m.richter@gmx.de",
        "Dies ist das Mailsystem auf {host}.\n\nIhre Nachricht konnte nicht an einen oder "
        "mehrere Empfänger zugestellt werden.\n\n<{rcpt}>: Postfach voll, Speicherplatz "
        "überschritten",
        "5.2.2",
        "552 5.2.2 <m.richter@gmx.de>: Mailbox full, quota exceeded",
        note=f"{S30B}; postfix report, German notice, mailbox full",
    ),
]
