"""English replies, written by hand. Append only: ids follow the order (see build_en_de_fr.py)."""

from build_en_de_fr import bounce, email, sms

FOOTER = (
    "--\nNot interested? Reply and say so, and you won't hear from me again.\n"
    "To stop all messages: https://jobs.northwind.example/unsubscribe/{token}"
)
DANA = ("Dana Reyes", "dana@northwind.example")
SAM = ("Sam Okafor", "sam.okafor@northwind.example")
MIA = ("Mia Chen", "mia.chen@northwind.example")

LOCALE = {
    "names": {"Dana": DANA, "Sam": SAM, "Mia": MIA},
    "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "months": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "mons": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "gmail": "On {dy}, {mon} {d}, {y} at {h12} {ampm} {name} <{addr}> wrote:",
    "android": "On {dy}, {d} {mon} {y}, {hm} {name}, <{addr}> wrote:",
    "apple": "On {mon} {d}, {y}, at {h12} {ampm}, {name} <{addr}> wrote:",
    "outlook": ["From:", "Sent:", "To:", "Subject:"],
    "outlook_date": "{day}, {month} {d}, {y} {h12} {ampm}",
    "original": "-----Original Message-----",
    "iphone": "Sent from my iPhone",
    "re_outlook": "RE: ",
    "auto_subject": "Automatic reply: ",
    "undeliverable": "Undeliverable: ",
    "jobs": [
        {
            "subject": "Staff Backend Engineer at Northwind",
            "role": "Staff Backend Engineer",
            "client": "Northwind",
            "pitch": "owning the order pipeline that moves 40k parcels a day",
            "hints": ["order pipeline", "Northwind's API", "Staff", "Austin"],
            "recruiter": DANA,
        },
        {
            "subject": "Senior Data Engineer - Lumen Health",
            "role": "Senior Data Engineer",
            "client": "Lumen Health",
            "pitch": "building the claims data platform from the ground up",
            "hints": ["data engineer", "Lumen"],
            "recruiter": SAM,
        },
        {
            "subject": "Engineering Manager, Payments (Tessera)",
            "role": "Engineering Manager",
            "client": "Tessera",
            "pitch": "leading a team of seven on card issuing",
            "hints": ["EM ", "management", "Tessera", "payments", "equity", "hands-on"],
            "recruiter": DANA,
        },
        {
            "subject": "Senior Product Designer at Alder Logistics",
            "role": "Senior Product Designer",
            "client": "Alder Logistics",
            "pitch": "redesigning the driver app used by 12,000 drivers",
            "hints": ["design", "driver app", "logistics"],
            "recruiter": MIA,
        },
        {
            "subject": "Site Reliability Engineer - Northwind",
            "role": "Site Reliability Engineer",
            "client": "Northwind",
            "pitch": "running Postgres and Kubernetes across three regions",
            "hints": ["Postgres", "on-call", "SRE", "multi-region"],
            "recruiter": SAM,
        },
        {
            "subject": "ML Engineer at Quillon Robotics",
            "role": "Machine Learning Engineer",
            "client": "Quillon Robotics",
            "pitch": "shipping perception models onto warehouse robots",
            "hints": ["Quillon", "robot", "perception", "ML"],
            "recruiter": MIA,
        },
    ],
    "stop_body": "Hi {first},\n\nI tried you by text last week, so here it is by email too: "
    "{client} is hiring a {role}, {pitch}. Worth a quick chat?\n\n{rfirst}\n\n"
    "Reply STOP to opt out of all messages.\n\n" + FOOTER,
    "bodies": [
        "Hi {first},\n\nI'm {rfirst}, I recruit for {client}. They're hiring a {role}, {pitch}.\n"
        "Your work looked like a genuine fit, so I wanted to reach out directly.\n\n"
        "Would you be open to a 20-minute call next week?\n\nBest,\n{recruiter}\n"
        "Northwind Talent\n\n" + FOOTER,
        "Hi {first},\n\nJust bringing this back to the top of your inbox: the {role} role at "
        "{client} is still open, and the team would love to talk. Happy to share the salary band "
        "and the interview process up front.\n\n{rfirst}\n\n" + FOOTER,
        "Hi {first},\n\nI haven't heard back, so I'll assume the timing isn't right and stop here. "
        "If that changes, just reply to this email.\n\nAll the best,\n{rfirst}\n\n" + FOOTER,
    ],
}

REPLIES = [
    # ---------------------------------------------------------------- batch 1
    email(
        "interested",
        "2026-01-06 15:12",
        "Priya Natarajan",
        "Hi Dana,\n\nThanks for reaching out, this actually sounds really interesting. I've been "
        "at my current place for four years and the order pipeline work is right up my alley.\n\n"
        "Happy to do a call. Send over a few slots?\n\nPriya",
    ),
    email(
        "interested",
        "2026-01-21 09:40",
        "Marcus Bell",
        "Sure, let's talk. My cell is (415) 555-0187, afternoons are best.\n\n-- \nMarcus Bell\n"
        "Senior Software Engineer",
        quote="outlook",
    ),
    email(
        "not_now",
        "2026-01-14 18:03",
        "Hannah Liu",
        "Hey, appreciate it. Not a good moment, I just kicked off a big migration that runs "
        "through the end of February. Ping me in March?\n\nHannah",
        date="2026-03-01",
        note="named month",
    ),
    email(
        "opt_out",
        "2026-01-27 11:22",
        "Greg Thompson",
        "Please remove me from your mailing list. I have not signed up for this.",
        quote="outlook",
    ),
    email(
        "question",
        "2026-02-02 16:45",
        "Olivia Martinez",
        "Hi Sam,\n\nMaybe. Before I spend time on a call, what's the salary range, and is it "
        "remote? I'm in Denver and not moving.\n\nThanks,\nOlivia",
        quote="iphone",
    ),
    email(
        "not_interested",
        "2026-02-04 13:30",
        "Kevin O'Brien",
        "Thanks, but I'm happy where I am. Good luck with the search.",
        quote="gmail",
    ),
    email(
        "not_now",
        "2026-02-10 20:15",
        "Daniel Kim",
        "Hi Dana - timing is rough, we're mid-reorg. Circle back after Q1 and I'd be glad to "
        "hear more.\n\nDan",
        date="2026-04-01",
        note="after Q1",
        quote="apple",
    ),
    email(
        "referral",
        "2026-02-12 10:05",
        "Fatima Noor",
        "Hi Mia,\n\nI'm staying put, but my former teammate Jamie Park is looking and would be a "
        "great fit for the design role. Her email is jamie.park@gmail.com, feel free to mention "
        "me.\n\nFatima",
    ),
    email(
        "wrong_person",
        "2026-02-17 14:48",
        "Jordan Ellis",
        "I think you have the wrong Jordan. I'm a high school chemistry teacher, never written "
        "a line of code in my life.",
        quote="iphone",
    ),
    email(
        "accepted_elsewhere",
        "2026-02-19 17:20",
        "Ravi Shah",
        "Hi Sam, thanks for thinking of me. I actually just signed an offer with Datadog last "
        "week, start date is in March. Maybe another time!\n\nRavi",
        note="start month is not a not_now date",
    ),
    email(
        "opt_out",
        "2026-02-23 08:55",
        "Lisa Crawford",
        "Not interested, take me off your list.",
        note="not interested + remove: opt_out wins",
    ),
    email(
        "interested",
        "2026-03-03 19:02",
        "Tomás Rivera",
        "Oh nice, I've actually been following Quillon for a while. Yes, I'd love to chat. "
        "I'm free most afternoons this week.\n\nTomás\n\nSent from my Pixel",
        quote="android",
        note="stop only in quote",
    ),
    email(
        "out_of_office",
        "2026-03-16 07:31",
        "Emily Foster",
        "Thank you for your message. I am on parental leave until June 1st and will not be "
        "checking email. For anything urgent please contact platform-team@corvid.io.",
        auto=True,
        date="2026-06-01",
        note="auto-submitted",
    ),
    email(
        "question",
        "2026-03-09 12:10",
        "Ben Adler",
        "Hey Dana,\n\nWhat's the team size and who would I report to? Also is there on-call?\n\n"
        "Ben",
        quote="gmail",
    ),
    email(
        "not_interested",
        "2026-03-12 21:44",
        "Chris Novak",
        "Oh great, another recruiter who read the first line of my LinkedIn. I'm a designer, "
        'not an "ML rockstar". Pass.',
        note="sarcasm; says pass, no stop request",
    ),
    sms("opt_out", "2026-03-18 18:30", "STOP"),
    sms("interested", "2026-03-19 12:01", "yes"),
    sms("question", "2026-03-20 09:15", "whats the pay range?"),
    email(
        "not_now",
        "2026-03-25 16:00",
        "Aisha Bello",
        "Thanks Sam. I'm not looking at the moment but maybe down the line. Keep me in mind.",
        quote="outlook",
        note="no date",
    ),
    email(
        "opt_out",
        "2026-04-02 10:33",
        "Robert Haines",
        "This is the fourth email I've gotten from you people. STOP EMAILING ME. If I get "
        "another one I'm reporting it as spam.",
        note="angry",
    ),
    email(
        "interested",
        "2026-04-07 14:25",
        "Sofia Greco",
        "Hi Mia,\n\nThanks for the note. The driver app project sounds fun and I've been "
        "wanting to get closer to logistics. I'm in, let's set up time.\n\nBest,\nSofia Greco\n"
        "Product Designer | she/her",
        html="alt",
    ),
    bounce(
        "2026-04-08 09:00",
        "m.jenkins@brightwave.io",
        "This is the mail system at host {host}.\n\nI'm sorry to have to inform "
        "you that your message could not\nbe delivered to one or more recipients. "
        "It's attached below.\n\nFor further assistance, please send mail to "
        "postmaster.\n\nIf you do so, please include this problem report. You can"
        "\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n<{rcpt}>: host {host}[203.0.113.25] "
        "said: 550 5.1.1\n    <{rcpt}>: Recipient address rejected: User unknown in "
        "virtual mailbox\n    table (in reply to RCPT TO command)",
        "5.1.1",
        "550 5.1.1 <m.jenkins@brightwave.io>: Recipient address "
        "rejected: User unknown in virtual mailbox table",
        note="postfix dsn",
    ),
    email(
        "accepted_elsewhere",
        "2026-04-14 15:50",
        "Nina Petrova",
        "Appreciate you reaching out! I accepted a role at Shopify a couple of weeks ago so I'm "
        "off the market for now.",
        quote="apple",
    ),
    email(
        "referral",
        "2026-04-16 11:11",
        "Andre Williams",
        "Not for me, but you should talk to Lee Ortiz, she runs SRE at my old shop and is "
        "quietly looking. lee.ortiz@fastmail.com",
        quote="iphone",
    ),
    email(
        "wrong_person",
        "2026-04-20 13:37",
        "Alex Kim",
        "Hi, I'm in marketing, not engineering. You may be thinking of a different Alex Kim.\n\n"
        "Alex Kim | Senior Marketing Manager",
        quote="outlook",
    ),
    email(
        "question",
        "2026-04-23 17:05",
        "Yuki Tanaka",
        "I'm interested but what's the salary? I'm at 210 base right now so it'd need to beat "
        "that.",
        note="interested + question: question",
    ),
    # ---------------------------------------------------------------- batch 2
    sms("interested", "2026-04-28 17:40", "ok call me"),
    sms(
        "opt_out",
        "2026-04-29 20:02",
        "Stop texting me. I never gave you this number.",
        note="angry",
    ),
    email(
        "not_now",
        "2026-05-19 14:20",
        "Jonah Weiss",
        "Hey Dana,\n\nHonestly a good-looking role. Problem is I have a big chunk of stock "
        "vesting and I'm not walking away from it. Once my vesting cliff hits in June I'm all "
        "ears.\n\nJonah",
        quote="iphone",
        date="2026-06-01",
        note="vesting cliff in June",
    ),
    email(
        "out_of_office",
        "2026-05-22 16:10",
        "Carla Mendes",
        "Hi,\n\nI'm out of the office for the long weekend and back Tuesday. I'll reply to your "
        "message as soon as I can.\n\nCarla",
        auto=True,
        html="alt",
        date="2026-05-26",
        note="weekday return",
    ),
    email(
        "question",
        "2026-05-06 13:02",
        "Vikram Iyer",
        "Hi Dana,\n\nIs this a contract or permanent role? And would Tessera sponsor a visa "
        "transfer? I'm currently on an H-1B.\n\nRegards,\nVikram",
        quote="outlook",
    ),
    email(
        "not_interested",
        "2026-05-12 15:30",
        "Laura Beck",
        "I appreciate you thinking of me, but I'm not interested in going back to people "
        "management. Best of luck with the search.",
        html="only",
    ),
    email(
        "opt_out",
        "2026-05-14 09:48",
        "Margaret Doyle",
        "Hi Dana,\n\nThanks for thinking of me, but please don't contact me again about roles. "
        "I'd appreciate it if you removed my details from your database.\n\nKind regards,\n"
        "Margaret Doyle",
        quote="outlook",
        cte="base64",
        note="polite; base64",
    ),
    sms(
        "referral",
        "2026-05-20 19:12",
        "not me but my brother Dev is looking for exactly this, his number is 415-555-0199",
    ),
    sms("wrong_person", "2026-05-27 12:44", "wrong number, no idea who Jordan is"),
    sms("accepted_elsewhere", "2026-06-03 18:05", "just took a job elsewhere, thanks tho"),
    email(
        "interested",
        "2026-06-09 10:20",
        "Grace Okoye",
        "Yes please! I've been hoping to get into robotics for a while. My CV is attached "
        "(or it will be, once I remember to actually attach it).\n\nWhen can we talk?\n\nGrace",
        quote="apple",
        note="interested, asks only for scheduling",
    ),
    sms("not_now", "2026-06-12 21:30", "later", note="no date"),
    email(
        "out_of_office",
        "2026-07-02 08:15",
        "Stefan Horvath",
        "I'm on holiday till the 14th with no laptop. I'll reply when I'm back. For anything "
        "urgent call the office on +44 20 7946 0321.",
        auto=True,
        date="2026-07-14",
        note="day of month only",
    ),
    email(
        "not_now",
        "2026-07-08 17:25",
        "Megan Walsh",
        "Hey Sam - I'm heads down on a launch and then off for most of August. Let's reconnect "
        "after the summer?\n\nMegan",
        date="2026-09-01",
        note="after the summer",
    ),
    email(
        "question",
        "2026-07-15 11:55",
        "Diego Fernández",
        "How many days a week in the office? The JD says hybrid but that can mean anything.",
        quote="android",
    ),
    email("opt_out", "2026-07-21 13:13", "Paul Sutherland", "unsubscribe", note="one word"),
    email(
        "not_interested",
        "2026-07-23 22:05",
        "Hailey Brooks",
        "Not relocating to Austin, sorry. Thanks anyway.",
        quote="iphone",
    ),
    email(
        "accepted_elsewhere",
        "2026-07-28 14:40",
        "Ethan Clarke",
        "Funny timing, I accepted an offer from Grafana on Friday. Thanks for reaching out "
        "though, and good luck filling it.\n\nEthan Clarke\nStaff Engineer",
        quote="outlook",
    ),
    email(
        "wrong_person",
        "2026-08-04 16:18",
        "Maria Santos",
        "Hi, this is Maria's husband. She doesn't really use this address anymore, and she's a "
        "pharmacist anyway, so I don't think she's who you're looking for.",
        quote="gmail",
    ),
    email(
        "out_of_office",
        "2026-08-10 06:30",
        "Rachel Green",
        "Thank you for your email. I am on annual leave from 7 August, returning on 24 August "
        "2026. I will have no access to email during this time.",
        auto=True,
        date="2026-08-24",
    ),
    bounce(
        "2026-08-12 10:42",
        "t.okonkwo.dev@gmail.com",
        "** Address not found **\n\nYour message wasn't delivered to {rcpt} because the "
        "address couldn't be found, or is unable to receive mail.\n\nLearn more here: "
        "https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n550 5.1.1 The "
        "email account that you tried to reach does not exist. Please try double-checking the "
        "recipient's email address for typos or unnecessary spaces. For more information, go "
        "to https://support.google.com/mail/?p=NoSuchUser",
        "5.1.1",
        "550-5.1.1 The email account that you tried to reach does not exist.",
        dsn="gmail",
        html="alt",
        note="gmail dsn",
    ),
    email(
        "interested",
        "2026-08-18 15:15",
        "Owen Gallagher",
        "Definitely interested. I've integrated with Northwind's API at my last two jobs, so I "
        "know exactly where the pain points are lol. What's the next step?",
        note="asks next step only",
    ),
    email(
        "question",
        "2026-08-25 12:00",
        "Amara Eze",
        "Hi Mia,\n\nBefore I commit to anything: what's the stack on the perception side "
        "(PyTorch? ROS 2?) and how big is the ML team?\n\nAmara",
        quote="outlook-old",
    ),
    email(
        "opt_out",
        "2026-08-31 19:45",
        "Trevor Mills",
        "Please stop. I've clicked unsubscribe twice already and I keep getting these.",
        quote="apple",
        note="angry",
    ),
    email(
        "not_now",
        "2026-09-03 14:05",
        "Sarah Lindgren",
        "Hi Dana,\n\nInteresting, but we have a big launch this quarter. Could you reach back "
        "out next quarter?\n\nThanks,\nSarah",
        quote="outlook",
        date="2026-10-01",
        note="next quarter",
    ),
    email(
        "referral",
        "2026-09-08 09:30",
        "Lucas Moreau",
        "I'm not looking, but I forwarded this to Ana Souza, who was the best data engineer on "
        "our team at Nubank and is looking for something new. Her email is "
        "ana.souza@proton.me, she's expecting to hear from you.",
        quote="gmail",
    ),
    sms("not_interested", "2026-09-10 13:20", "no thanks"),
    email(
        "interested",
        "2026-09-14 16:50",
        "Will Tran",
        "Hi Sam,\n\nYes, open to it. Here's my Calendly, grab whatever works: "
        "https://calendly.com/wtran/30min\n\nWill",
        html="only",
        note="html-only",
    ),
    email(
        "out_of_office",
        "2026-10-29 12:12",
        "Joanna Price",
        "I'm at a conference through Friday with limited access to email and will be back in "
        "the office next week. I'll respond to your message then.",
        auto=True,
        date="2026-11-02",
        note="next week",
    ),
    # ---------------------------------------------------------------- batch 3
    email(
        "opt_out",
        "2026-09-22 10:10",
        "Henrik Larsen",
        "Under GDPR I'm asking you to delete all personal data you hold about me and not to "
        "contact me again.\n\nHenrik Larsen",
        quote="outlook",
        note="gdpr erasure request",
    ),
    email(
        "not_now",
        "2026-10-15 18:40",
        "Isabel Cruz",
        "Hi Mia, I love what Quillon is doing, but I promised my team I'd see our Series B "
        "through. Early next year I'll be much more open to a conversation. Mind reaching out "
        "then?\n\nIsabel",
        quote="iphone",
        date="2027-01-01",
        note="early next year",
    ),
    email(
        "question",
        "2026-10-20 15:22",
        "Nathan Cole",
        "Is the EM role hands-on at all? I'd still want to write code maybe 20% of the time. "
        "And what's the comp structure, any equity?",
        quote="gmail",
    ),
    email(
        "wrong_person",
        "2026-10-27 13:05",
        "Peter Walsh",
        "Hi, I'm not a software engineer, I'm a project manager in construction. I think you "
        "found me because of 'Northwind' on my old LinkedIn (different company!).",
        quote="outlook",
    ),
    email(
        "accepted_elsewhere",
        "2026-11-03 20:30",
        "Chloe Bennett",
        "Hey Dana, thanks! Unfortunately I've just accepted an offer with another company, I "
        "start on the 16th. Feel free to keep me in your network for the future though.",
        quote="iphone",
        note="start date is not a not_now date",
    ),
    sms("interested", "2026-11-05 16:33", "Sounds good, call me after 5"),
    sms("opt_out", "2026-11-09 11:02", "Remove me from your list please"),
    email(
        "not_now",
        "2026-11-24 09:15",
        "Adam Fischer",
        "Hi Sam,\n\nThanks for this. Year-end is crazy for us, can we pick this up after the "
        "holidays?\n\nBest,\nAdam",
        quote="outlook",
        date="2027-01-02",
        note="after the holidays (winter)",
    ),
    email(
        "out_of_office",
        "2026-12-21 07:00",
        "Bethany Ross",
        "Hello,\n\nI'm out of the office until Monday 4 January with limited access to email. "
        "I'll get back to you when I return.\n\nHappy holidays!\nBethany",
        auto=True,
        html="only",
        date="2027-01-04",
        note="html-only",
    ),
    bounce(
        "2026-11-16 14:02",
        "owen.hart@corvid.io",
        "Your message to {rcpt} couldn't be delivered.\n\n{rcpt} wasn't found at corvid.io.\n\n"
        "Delivery has failed to these recipients or groups:\n\n{rcpt}\nThe email address you "
        "entered couldn't be found. Please check the recipient's email address and try to "
        "resend the message. If the problem continues, please contact your helpdesk.\n\n"
        "Diagnostic information for administrators:\n\nGenerating server: {host}\n\n{rcpt}\n"
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
        "found by SMTP address lookup'",
        "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        dsn="exchange",
        html="alt",
        note="exchange ndr",
    ),
    email(
        "question",
        "2026-12-01 17:48",
        "Zoe Harper",
        "Quick question before anything else: what's the base for this? And is the team fully "
        "remote or are they in an office somewhere?",
        quote="apple",
    ),
    email(
        "not_interested",
        "2026-12-02 12:25",
        "Michael Grant",
        "Hi Sam, thanks for reaching out. I've thought about it and it's not the right move "
        "for me, I'm really enjoying where I am. All the best.",
        quote="outlook",
    ),
    email(
        "referral",
        "2026-12-08 10:55",
        "Dmitri Volkov",
        "I'm the wrong person for this, I moved into product a year ago. But Kwame Mensah from "
        "my old team would crush it: kwame.mensah@outlook.com. I've cc'd him here.",
        note="wrong person + referral: referral",
    ),
    email(
        "interested",
        "2026-12-10 18:10",
        "Jasmine Ali",
        "Hi Dana,\n\nPerfect timing, honestly. Things have been rocky here since the "
        "acquisition. Yes, I'd like to learn more. I'm free Thursday after 2pm PT if that "
        "works.\n\nJasmine",
        quote="gmail",
        note="interested with a meeting day, not a deferral",
    ),
    email(
        "not_now",
        "2027-01-26 15:35",
        "Brian Murphy",
        "Not right now, I'm on a project that wraps up end of March. Try me then?",
        quote="iphone",
        date="2027-04-01",
        note="end of March",
    ),
    email(
        "opt_out",
        "2027-01-05 09:05",
        "Susan Whitfield",
        "Please take me off your distribution list. Thank you.",
        html="only",
        quote="outlook",
    ),
    sms("question", "2027-01-12 12:50", "is it remote?"),
    sms(
        "not_now",
        "2027-01-19 19:25",
        "busy this month, try me next month",
        note="next month",
        date="2027-02-01",
    ),
    email(
        "not_now",
        "2027-02-03 16:00",
        "Leah Goldberg",
        "Thanks Mia, I'd like to talk, but I'm moving house this month. Can you check back in "
        "a few weeks?",
        date="2027-02-24",
        note="in a few weeks",
    ),
    email(
        "out_of_office",
        "2027-02-15 08:01",
        "Thomas Reid",
        "Thank you for your email. I am on leave until 22 February 2027. If your message is "
        "urgent, please contact my colleague Anita Shah at anita.shah@meridianbank.co.uk.",
        auto=True,
        date="2027-02-22",
        note="ooo naming a colleague is not a referral",
    ),
    email(
        "wrong_person",
        "2027-02-18 20:20",
        "Priya Raman",
        "You've got the wrong person. I'm not the Priya you're looking for, this is a shared "
        "family address. Please update your records.",
        quote="gmail",
    ),
    email(
        "accepted_elsewhere",
        "2027-02-22 14:14",
        "Samantha Lee",
        "Hi! I really appreciate it, but I just signed with Vercel and I'm super excited about "
        "it. Let's stay in touch though!",
        quote="android",
    ),
    email(
        "interested",
        "2027-03-02 13:45",
        "René Dubois",
        "Hi Sam — yes, I'm interested. I've been running Postgres at scale for six years and "
        "would love to hear more about the multi-region setup.\n\nBest,\nRené",
        cte="quoted-printable",
        quote="outlook",
        note="quoted-printable",
    ),
    email(
        "not_now",
        "2027-03-11 10:30",
        "Kelly Nguyen",
        "Hi Dana, I'm not in a position to move until my project ships. Can you reach back out "
        "on 4/12?",
        date="2027-04-12",
        note="numeric date m/d",
    ),
    email(
        "opt_out",
        "2027-03-15 11:40",
        "Jens Albrecht",
        "Please remove me from your list. Bitte keine weiteren E-Mails. Merci.",
        note="opt-out in mixed languages",
    ),
    email(
        "question",
        "2027-03-23 22:10",
        "Mark Sullivan",
        "What's the interview process like? I've got a newborn so a full onsite day is tough "
        "right now.",
        quote="iphone",
    ),
    email(
        "out_of_office",
        "2027-04-01 07:45",
        "Anna Kowalski",
        "Hi, I'm out for the Easter break and back Tuesday, April 6. I'll reply then.",
        auto=True,
        date="2027-04-06",
    ),
    email(
        "not_interested", "2027-04-06 19:58", "Jake Porter", "No.", quote="iphone", note="one word"
    ),
    email(
        "not_now",
        "2027-04-21 12:30",
        "Lena Hoffman",
        "Not interested right now, maybe next year.",
        date="2028-01-01",
        note="not interested right now + later: not_now",
    ),
    sms(
        "referral",
        "2027-04-27 18:18",
        "Not me, but try my coworker Sarah, she's looking: sarah.lindqvist@gmail.com",
    ),
    email(
        "opt_out",
        "2027-05-04 21:15",
        "Victor Hale",
        "Wow, a fifth email this month. Truly living the dream. Take me off whatever list this is.",
        note="sarcasm opt-out",
    ),
    email(
        "interested",
        "2027-05-11 14:50",
        "Farah Haddad",
        "This is exactly the kind of role I've been looking for. Yes!\n\nFarah",
        quote="outlook",
        html="alt",
    ),
    bounce(
        "2027-05-18 03:12",
        "d.ferris@hollowtree.net",
        "Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver "
        "your message to the following addresses.\nThis is a permanent error; I've given up. "
        "Sorry it didn't work out.\n\n<{rcpt}>:\nSorry, no mailbox here by that name. "
        "(#5.1.1)\n\n--- Below this line is a copy of the message.",
        "5.1.1",
        "550 no mailbox here by that name",
        dsn="plain",
        note="qmail, non-standard",
    ),
    email(
        "not_now",
        "2027-06-02 15:05",
        "Caroline Price",
        "Hi Dana, interested, but I'm swamped with perf reviews. Give me a couple of weeks "
        "and reach back out?",
        quote="outlook",
        date="2027-06-16",
        note="couple of weeks",
    ),
    email(
        "question",
        "2027-06-08 17:30",
        "Ahmed Karimi",
        "Does the role need a security clearance? I'm a Canadian citizen living in Seattle.",
        quote="gmail",
    ),
    email(
        "not_interested",
        "2027-06-15 13:33",
        "Brooke Daniels",
        "I'm leaving tech altogether to go back to school, so this isn't for me. Thanks though!",
        quote="apple",
    ),
    email(
        "wrong_person",
        "2027-06-22 10:10",
        "Tessa Morgan",
        "Ha, I'm a recruiter too. Pretty sure you meant to send this to a candidate, not me!",
        quote="gmail",
        note="humour",
    ),
    email(
        "out_of_office",
        "2027-07-12 09:00",
        "Daniel Ortega",
        "I'm currently travelling with limited access to email and will respond when I return "
        "on 7/26.",
        auto=True,
        date="2027-07-26",
        note="numeric date m/d",
    ),
    email(
        "accepted_elsewhere",
        "2027-07-20 16:40",
        "Gabriel Souza",
        "Thanks Mia. I've accepted an offer elsewhere and start next month, so I'll pass. "
        "Please keep me in mind in a year or so.",
        quote="outlook",
        note="accepted + vague future: accepted_elsewhere",
    ),
    email(
        "interested",
        "2027-08-03 12:20",
        "Kara Lindsey",
        "Absolutely. I'm free to chat, what's a good number to reach you?",
        quote="iphone",
        note="asks only how to talk",
    ),
    email(
        "not_now",
        "2027-08-19 18:50",
        "Sean Doherty",
        "Slammed until Monday. Can you follow up then?",
        date="2027-08-23",
        note="weekday",
    ),
    email(
        "opt_out",
        "2027-08-26 08:20",
        "Walter Brennan",
        "Do not contact me again.",
        quote="outlook-old",
    ),
    email(
        "referral",
        "2027-09-02 11:45",
        "Helen Park",
        "I'm happy at Stripe, but my friend Tom Bakker (tom.bakker@hey.com) has been looking "
        "for an EM role in payments for a few months. I've cc'd him.",
        quote="apple",
    ),
    email(
        "not_now",
        "2027-09-28 14:00",
        "Oliver Grant",
        "I'm on sabbatical right now. Could you drop me a line mid November? I'll be looking then.",
        quote="gmail",
        date="2027-11-15",
        note="mid month",
    ),
    email(
        "question",
        "2027-10-05 15:10",
        "Ingrid Solberg",
        "Hi Sam,\n\nPossibly! Two questions: is the on-call rotation paid, and how many "
        "people are on it?\n\nThanks,\nIngrid",
        html="only",
    ),
    sms("opt_out", "2027-10-12 20:40", "stop pls"),
    email(
        "interested",
        "2027-10-19 21:05",
        "Ryan Castillo",
        "hey yeah I'd be up for a chat. been thinking about moving on for a while tbh. "
        "evenings are easier for me",
        quote="android",
        note="lower case, informal",
    ),
    email(
        "not_interested",
        "2027-10-26 13:50",
        "Deborah Klein",
        "Thank you for thinking of me. I've decided to stay with my current employer for the "
        "foreseeable future.",
        quote="outlook",
    ),
    email(
        "wrong_person",
        "2027-11-02 09:35",
        "Janet Howell",
        "Hi Dana, I think this was meant for someone else, I'm the office manager here, not "
        "an engineer.",
        quote="outlook",
    ),
    email(
        "accepted_elsewhere",
        "2027-11-09 17:00",
        "Marco Bianchi",
        "I just started at Cloudflare last Monday, so no, but thanks!",
        quote="gmail",
    ),
    email(
        "out_of_office",
        "2027-12-23 11:30",
        "Fiona Walsh",
        "I will be out of the office from 23 December and returning 3 January 2028. Messages "
        "will not be forwarded.",
        auto=True,
        html="only",
        date="2028-01-03",
        note="html-only",
    ),
    email(
        "not_now",
        "2027-12-07 10:25",
        "Paul Richter",
        "Sounds interesting but I'm not making any moves before year end. After Christmas "
        "I'm happy to talk.",
        quote="outlook",
        date="2028-01-02",
        note="after Christmas",
    ),
    bounce(
        "2027-01-14 12:30",
        "kenji.m@oakline.co",
        "This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your "
        "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "                   The mail system\n\n<{rcpt}>: host {host}[198.51.100.7] said: 552 "
        "5.2.2\n    <{rcpt}>: Mailbox full (in reply to RCPT TO command)",
        "5.2.2",
        "552 5.2.2 <kenji.m@oakline.co>: Mailbox full",
        note="mailbox full",
    ),
    bounce(
        "2027-09-14 15:55",
        "p.ward@novacraft.io",
        "This is the mail system at host mail.northwind.example.\n\nI'm sorry to have to "
        "inform you that your message could not\nbe delivered to one or more recipients.\n\n"
        "                   The mail system\n\n<{rcpt}>: Host or domain name not found. Name "
        "service error for\n    name=novacraft.io type=MX: Host not found",
        "5.4.4",
        "Host or domain name not found",
        note="domain gone",
    ),
    sms("not_interested", "2027-11-16 13:00", "nope"),
    email(
        "question",
        "2027-11-23 16:16",
        "Lily Chen",
        "Sounds interesting. Is there flexibility on the title? I've been Staff for three "
        "years and wouldn't go back to Senior.",
        quote="gmail",
    ),
    email(
        "opt_out",
        "2027-11-30 12:45",
        "Gordon Hayes",
        "I'm not interested and I'd like you to stop sending me these. Thanks.",
        quote="apple",
        note="not interested + stop: opt_out",
    ),
    sms("opt_out", "2026-06-23 10:00", "UNSUBSCRIBE"),
    # ---------------------------------------------------------------- batch 4
    email(
        "interested",
        "2026-03-26 12:40",
        "Noah Fischer",
        "Hey Sam, sorry I missed your text! Yes, definitely keen to talk. I can do a call on my "
        "lunch break most days.",
        touch=-1,
        note="STOP only in quote",
    ),
    email(
        "not_now",
        "2026-12-02 08:30",
        "Ella Jensen",
        "Thanks for following up. I'm not ready to move yet, but I will be after my bonus in "
        "April.",
        touch=-1,
        quote="iphone",
        date="2027-04-01",
        note="STOP only in quote; event tied to a month",
    ),
    email(
        "interested",
        "2026-06-30 13:15",
        "Liam O'Connor",
        "Sounds great, I'm in. Send me a time.",
        quote="bottom",
        note="bottom-posted",
    ),
    email(
        "not_interested",
        "2027-03-30 18:45",
        "Ruth Abernathy",
        "Thanks, but I'll pass on this one.",
        quote="bottom",
        note="bottom-posted",
    ),
    email(
        "question",
        "2026-10-13 09:50",
        "Andrew Walsh",
        "Hi Sam,\n\nCould you tell me more about the on-call expectations, and the split "
        "between greenfield work and maintenance?\n\nBest regards,\nAndrew Walsh\nPrincipal "
        "Engineer | Meridian Bank plc\nT: +44 20 7946 0958\n\nCONFIDENTIALITY NOTICE: This "
        "email and any attachments are confidential and may be privileged. If you are not "
        "the intended recipient, please notify the sender immediately and delete it. You "
        "must not copy, distribute or act on it. Meridian Bank plc is registered in England "
        "and Wales (No. 0123456).",
        quote="outlook",
        html="alt",
        note="legal signature",
    ),
    email(
        "opt_out",
        "2027-02-02 10:05",
        "Claire Hughes",
        "Please remove me from your mailing list.\n\nRegards,\nClaire Hughes\nHead of Platform"
        "\n\nThis message may contain confidential information. If you have received it in "
        "error, please let us know and delete it.",
        quote="outlook",
        note="with disclaimer",
    ),
    email(
        "referral",
        "2027-05-25 15:30",
        "Connor Walsh",
        "Not something I'd move for, but ping Marcus Lee directly: marcus.lee@icloud.com. He "
        "just left Uber and is looking.",
        quote="gmail",
    ),
    sms("wrong_person", "2027-02-09 19:05", "I'm not Jordan. This is a new number."),
    sms(
        "opt_out",
        "2026-10-01 17:20",
        "Please stop texting me, email me instead",
        note="stop on one channel is still opt_out",
    ),
    email(
        "opt_out",
        "2026-08-20 11:25",
        "Harold Finch",
        "Yes, I'm very interested. In being removed from your list.",
        note="sarcasm: 'interested' + remove",
    ),
    email(
        "interested",
        "2027-01-28 20:10",
        "Mei Lin",
        "Not interested in staying at my current job forever, so yes, let's talk!",
        quote="android",
        note="'not interested' inside a yes",
    ),
    email(
        "question",
        "2026-04-30 14:35",
        "Oscar Lindqvist",
        "What does the interview process look like, and is there a take-home? I don't do "
        "take-homes.",
        quote="gmail",
    ),
    email(
        "accepted_elsewhere",
        "2026-06-24 16:05",
        "Hugo Marsh",
        "Thanks Mia, I've just accepted an offer at another robotics company, so I'll have to "
        "say no. Best of luck!",
        html="only",
        note="html-only",
    ),
    email(
        "referral",
        "2027-07-27 12:15",
        "Nora Quinn",
        "Not sure why you keep emailing me, I'm a PM. You want my colleague Raj: "
        "raj.patel@outlook.com.",
        quote="apple",
        note="annoyed but no stop request",
    ),
    email(
        "wrong_person",
        "2027-10-28 10:40",
        "Wei Chen",
        "I am not Mr. Chen the engineer. Please check your records.",
        quote="outlook",
    ),
    email(
        "out_of_office",
        "2026-08-19 04:10",
        "Zara Ahmed",
        "Hi! I'm backpacking until mid-September with patchy wifi, so replies will be slow "
        "until then.",
        quote="none",
        date="2026-09-15",
        extra={"X-Autoreply": "yes"},
        note="vacation responder without Auto-Submitted; mid month",
    ),
    # ---------------------------------------------------------------- batch 5
    bounce(
        "2026-06-17 11:40",
        "j.moss@ferrandi-law.com",
        "Your message to {rcpt} couldn't be delivered.\n"
        "\n"
        "It looks like the recipient's email address is not accepting messages from outside their "
        "organization.\n"
        "\n"
        "How to fix it: contact the recipient by some other means (by phone, for example) and ask "
        "them to tell their email admin that it appears that their email system is rejecting your "
        "message.\n"
        "\n"
        "Diagnostic information for administrators:\n"
        "\n"
        "Generating server: {host}\n"
        "\n"
        "{rcpt}\n"
        "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied.'",
        "5.4.1",
        "550 5.4.1 Recipient address rejected: Access denied.",
        dsn="exchange",
        html="alt",
        note="Microsoft 365 access denied",
    ),
    bounce(
        "2027-04-13 09:05",
        "amelia.hart@brookfield-energy.co.uk",
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
    email(
        "out_of_office",
        "2027-03-08 06:20",
        "Gareth Lloyd",
        "I'm currently out of the office with limited access to email. For urgent matters "
        "please contact support@lloyd-ridge.co.uk.",
        auto=True,
        note="no date",
    ),
    # --- appended 2026-12-06 by a new writer (session 22): opt-outs in many wordings and
    # hard negatives that are not; written before any rule was changed.
    email(
        "opt_out",
        "2027-01-11 09:14",
        "Harriet Cole",
        "Please delete my data and don't contact me again.",
        note="new writer s22; delete my data",
    ),
    sms("opt_out", "2027-01-13 18:02", "Remove me", note="new writer s22"),
    email(
        "opt_out",
        "2027-01-19 12:40",
        "Marcus Webb",
        "Take me off whatever list this is. Thanks.",
        quote="iphone",
        note="new writer s22",
    ),
    email(
        "opt_out",
        "2027-02-02 08:31",
        "Priyanka Das",
        "I've asked twice already. Stop emailing me.",
        quote="outlook",
        note="new writer s22; angry",
    ),
    email(
        "opt_out",
        "2027-02-09 15:20",
        "Thomas Reilly",
        "Dear Dana,\n\nUnder Article 17 GDPR I request the erasure of all personal data you hold "
        "about me, and that I receive no further contact from Northwind.\n\nRegards,\nThomas "
        "Reilly",
        quote="outlook",
        note="new writer s22; gdpr",
    ),
    email(
        "opt_out",
        "2027-02-16 10:05",
        "Ellen Moss",
        "Kindly refrain from contacting me in future.",
        note="new writer s22; polite",
    ),
    sms("opt_out", "2027-02-22 21:44", "stop texting me", note="new writer s22"),
    email(
        "opt_out",
        "2027-03-01 13:12",
        "Nathan Price",
        "Do not contact me again.",
        quote="apple",
        note="new writer s22",
    ),
    email(
        "opt_out",
        "2027-03-08 17:55",
        "Rosa Delgado",
        "Hi Sam, I'd rather not receive any more of these messages. Thanks for understanding.",
        note="new writer s22; polite, indirect",
    ),
    sms("opt_out", "2027-03-15 07:48", "Lose my number.", note="new writer s22; indirect"),
    email(
        "wrong_person",
        "2027-03-22 11:30",
        "Gavin Hughes",
        "I stopped working as an engineer years ago, I'm in sales now. Wrong person I'm afraid.",
        note="new writer s22; hard negative: stopped",
    ),
    email(
        "interested",
        "2027-03-29 14:10",
        "Chloe Bennett",
        "Happy to chat! I could stop by your office Thursday afternoon if that works.",
        quote="iphone",
        note="new writer s22; hard negative: stop by",
    ),
    email(
        "question",
        "2027-04-05 09:45",
        "Imran Qureshi",
        "Possibly interested. Could you remove the current-salary question from the application "
        "form? I'd rather not share it. And what's the range for the role?",
        note="new writer s22; hard negative: remove",
    ),
    email(
        "interested",
        "2027-04-12 16:25",
        "Sophie Turner",
        "Yes, I'm interested, let's talk. FYI the unsubscribe link in your footer goes to a 404, "
        "in case someone wants to fix it.",
        quote="outlook",
        note="new writer s22; hard negative: unsubscribe mentioned",
    ),
    email(
        "not_interested",
        "2027-04-19 10:00",
        "Owen Fletcher",
        "No thanks, not for me. Good luck filling it.",
        note="new writer s22; hard negative",
    ),
    sms(
        "interested",
        "2027-04-26 12:12",
        "Yes! Call me tomorrow, stop worrying about the time",
        note="new writer s22; hard negative: stop in a yes",
    ),
    # --- appended 2026-12-06, second batch (session 22): hard negatives with risky words and
    # opt-outs in other styles; written after the first held-out measurement, before any change.
    email(
        "interested",
        "2027-05-03 09:10",
        "Laura Simmons",
        "Yes, interested! I no longer use my work address, so please email me here from now on.",
        note="new writer s22b; hard negative: no longer",
    ),
    email(
        "wrong_person",
        "2027-05-10 11:40",
        "Derek Flynn",
        "I haven't written code in years, I moved into product management. Not the right person, "
        "sorry.",
        note="new writer s22b; hard negative",
    ),
    email(
        "referral",
        "2027-05-17 14:05",
        "Megan Price",
        "Not for me, but my friend Ana Ruiz is looking: ana.ruiz@gmail.com.",
        note="new writer s22b; referral with address",
    ),
    email(
        "not_interested",
        "2027-05-24 16:30",
        "Colin Ward",
        "Thanks, but I'm happy where I am. No more job changes for me for a while.",
        note="new writer s22b; hard negative: no more",
    ),
    email(
        "question",
        "2027-05-31 10:15",
        "Ruth Adams",
        "What's the salary range? I don't want to waste more time on processes that don't fit.",
        note="new writer s22b; hard negative",
    ),
    email(
        "interested",
        "2027-06-07 12:50",
        "Victor Lane",
        "Sounds good. You can delete my old number, the new one is 555-0134. Call me tomorrow.",
        note="new writer s22b; hard negative: delete my old number",
    ),
    email(
        "opt_out",
        "2027-06-14 08:20",
        "Gwen Foster",
        "Please stop. I've said no three times.",
        note="new writer s22b; angry",
    ),
    email(
        "opt_out",
        "2027-06-21 13:35",
        "Simon Hale",
        "Do me a favour and drop me from your outreach.",
        note="new writer s22b; indirect",
    ),
]

# --- appended 2026-12-06, third batch (session 23, a new writer who had not read the classifier):
# many opt-outs in every wording, and hard negatives that use stop / remove / list / no more.
REPLIES += [
    email(
        "opt_out",
        "2026-02-03 14:20",
        "Robert Kline",
        "Hi Dana,\n\nI'm not looking, and honestly I'd prefer you didn't contact me again. Please "
        "take me off whatever list this came from.\n\nThanks,\nRob",
        quote="outlook",
        note="new writer s23; polite, a no mixed with a removal",
    ),
    sms(
        "opt_out",
        "2026-02-11 19:05",
        "Who is this and how did you get my number?? Don't text me again.",
        note="new writer s23; indirect: how did you get my number",
    ),
    email(
        "opt_out",
        "2026-02-24 10:40",
        "Katrin Olsen",
        "Hello,\n\nUnder Article 17 GDPR I request the erasure of all personal data you hold "
        "about me. Under Article 15, please also tell me where you obtained my email address.\n\n"
        "Do not contact me for any other purpose.\n\nK. Olsen",
        note="new writer s23; legalistic: GDPR erasure and access request",
    ),
    sms(
        "opt_out",
        "2026-03-04 12:15",
        "pls stop msging me thx",
        note="new writer s23; sms shorthand",
    ),
    email(
        "opt_out",
        "2026-03-18 08:55",
        "Neil Patterson",
        "UNSUBSCRIBE",
        quote="iphone",
        note="new writer s23; one word in caps above the quoted footer",
    ),
    email(
        "opt_out",
        "2026-04-01 16:30",
        "Alicia Grant",
        "Thanks Sam, I accepted another offer last week and start in January. Please take me off "
        "your list so I don't keep getting these.",
        note="new writer s23; mixed: accepted elsewhere, then asks to be removed",
    ),
    email(
        "opt_out",
        "2026-04-15 11:10",
        "Tomasz Nowak",
        "Hi Mia,\n\nSounds like a neat team, but I'm really not in the market right now.\n\n"
        "Tomasz\n\nP.S. Could you also remove my email from your system? I get a lot of these.",
        quote="apple",
        note="new writer s23; the stop request is in a P.S.",
    ),
    sms(
        "opt_out",
        "2026-04-22 20:45",
        "this is the 4th msg this month. STOP CONTACTING ME",
        note="new writer s23; angry, caps",
    ),
    email(
        "opt_out",
        "2026-05-06 09:25",
        "Brenda Walsh",
        "Please unsubcribe me from these emails.",
        quote="outlook",
        note="new writer s23; typo: unsubcribe",
    ),
    email(
        "opt_out",
        "2026-05-19 13:50",
        "Howard Lin",
        "I never gave you permission to email me. Where did you even get this address? Delete it.",
        note="new writer s23; indirect, asks to delete the address",
    ),
    email(
        "opt_out",
        "2026-06-02 15:05",
        "Lucas Moreno",
        "Por favor, no me escriba más. Gracias.",
        lang="es",
        note="new writer s23; spanish reply to an english outreach",
    ),
    email(
        "opt_out",
        "2026-06-16 10:35",
        "Faith Ogunleye",
        "Not interested, and please don't reach out again.",
        quote="android",
        note="new writer s23; plain no plus don't reach out again",
    ),
    sms(
        "opt_out",
        "2026-06-30 18:20",
        "Remove me from ur list",
        note="new writer s23; sms shorthand",
    ),
    email(
        "opt_out",
        "2026-07-14 12:00",
        "Gerald Finch",
        "Kindly cease all further communication regarding employment opportunities. I consider "
        "these messages unsolicited.",
        html="only",
        note="new writer s23; formal: cease all communication; html only",
    ),
    email(
        "opt_out",
        "2026-07-28 14:45",
        "Martin Ross",
        "Dana, this is the third email I've ignored. Take the hint and lose my address.",
        quote="outlook-old",
        note="new writer s23; indirect and angry: lose my address",
    ),
    email(
        "opt_out",
        "2026-08-11 09:15",
        "Irene Castillo",
        "No thanks. And I'd rather not get follow-ups, so please mark me as do not contact.",
        quote="bottom",
        note="new writer s23; bottom-posted; do not contact",
    ),
    sms(
        "opt_out",
        "2026-08-25 17:40",
        "not me, wrong number. pls delete this number from your system",
        note="new writer s23; wrong number and asks to delete it: the stop wins",
    ),
    email(
        "opt_out",
        "2026-09-08 11:30",
        "Dominic Shaw",
        "Hi,\n\nI'm happy where I am. I'd appreciate it if you stopped sending me these, I never "
        "opted into anything.\n\nBest,\nDominic",
        note="new writer s23; polite conditional: I'd appreciate it if you stopped",
    ),
    email(
        "opt_out",
        "2026-09-22 07:50",
        "Yusuf Demir",
        "Opt me out pls",
        quote="iphone",
        note="new writer s23; mobile, short",
    ),
    email(
        "opt_out",
        "2026-10-06 16:15",
        "Theresa Wong",
        "To whom it may concern,\n\nUnder the CCPA I request that you delete my personal "
        "information and do not sell or share it. Please also confirm that I have been removed "
        "from all recruiting campaigns.\n\nRegards,\nTheresa Wong",
        quote="outlook",
        cte="base64",
        note="new writer s23; legalistic: CCPA deletion; base64",
    ),
    email(
        "not_interested",
        "2026-10-20 10:05",
        "Craig Dunn",
        "Appreciate the note, but I'll pass. I'm not looking to move into management.",
        note="new writer s23; plain no",
    ),
    sms(
        "not_interested",
        "2026-11-03 19:30",
        "no thanks, happy where i am",
        note="new writer s23; sms plain no",
    ),
    email(
        "not_interested",
        "2026-11-17 13:20",
        "Vanessa Hughes",
        'Wow, a "genuine fit" - the fourth one this week! Hard pass.',
        note="new writer s23; sarcasm, a plain no without a stop request",
    ),
    email(
        "not_interested",
        "2026-12-01 09:45",
        "Leon Bradley",
        "I've taken myself off the job market for good, so it's a no from me. Good luck with the "
        "search!",
        note="new writer s23; hard negative: taken myself off",
    ),
    email(
        "not_interested",
        "2026-12-15 15:55",
        "Olga Petrova",
        "Not for me. I'm not going back to on-call, no more pagers at 3am.",
        quote="apple",
        note="new writer s23; hard negative: no more",
    ),
    email(
        "interested",
        "2027-01-12 11:40",
        "Raj Malhotra",
        "Interested! I'm in Austin next week, happy to stop by your office if that's easier than "
        "a call.",
        note="new writer s23; hard negative: stop by",
    ),
    sms(
        "interested",
        "2027-01-26 18:10",
        "yes interested. call me after 6",
        note="new writer s23; sms",
    ),
    email(
        "interested",
        "2027-02-09 14:00",
        "Hailey Brooks",
        "Yes, I'd like to hear more. I unsubscribed from LinkedIn InMail ages ago, so email was "
        "the right call. Tuesday afternoon works for me.",
        note="new writer s23; hard negative: unsubscribed (from something else)",
    ),
    email(
        "interested",
        "2027-02-23 10:25",
        "Samuel Ortiz",
        "This sounds good. The post says no more than two days onsite, which works for me. Can we "
        "talk Monday?",
        note="new writer s23; hard negative: no more than",
    ),
    email(
        "interested",
        "2027-03-09 16:35",
        "Nora Fitzgerald",
        "Hi Sam,\n\nYes, I'd be open to hearing more. Please use this address from now on: I'm "
        "leaving my current job and my work inbox gets deleted next week.\n\nNora",
        quote="outlook",
        note="new writer s23; hard negative: deleted",
    ),
    email(
        "question",
        "2027-03-23 12:45",
        "Ethan Cole",
        "Before I say yes: what's the salary band, and is it really fully remote or \"remote "
        "until it isn't\"?",
        note="new writer s23; question with skepticism",
    ),
    sms(
        "question",
        "2027-04-06 20:05",
        "whats the pay range?",
        note="new writer s23; sms question",
    ),
    email(
        "question",
        "2027-04-20 09:35",
        "Grace Kim",
        "How does on-call work there? Is it a follow-the-sun rota, or do the pages stop at "
        "night? That decides it for me.",
        note="new writer s23; hard negative: stop",
    ),
    email(
        "question",
        "2027-05-04 13:15",
        "Paul Richter",
        "Possibly. If it doesn't work out, do you keep my CV on file or delete it? And what's the "
        "comp range? I'd like to know both before I send anything.",
        quote="android",
        note="new writer s23; hard negative: asks about data without asking to delete it",
    ),
    email(
        "not_now",
        "2026-11-10 15:40",
        "Jenna Marsh",
        "Good timing, wrong quarter. I'm staying until my bonus pays out, reach me after Q1?",
        date="2027-04-01",
        note="new writer s23; after Q1",
    ),
    sms(
        "not_now",
        "2026-12-02 18:50",
        "swamped till mid-Jan, text me then",
        date="2027-01-15",
        note="new writer s23; sms: mid-January",
    ),
    email(
        "not_now",
        "2027-03-09 10:20",
        "Isaac Porter",
        "Not now, we're in the middle of a launch. Could you circle back in a couple of weeks?",
        date="2027-03-23",
        note="new writer s23; a couple of weeks",
    ),
    email(
        "not_now",
        "2027-06-15 14:10",
        "Zoe Bennett",
        "I'd like to hear more, but not until the summer is over. Try me after the summer?",
        date="2027-09-01",
        note="new writer s23; after the summer",
    ),
    email(
        "not_now",
        "2027-08-20 11:55",
        "Omar Haddad",
        "I can't move before my equity vests on the 15th of October. Could we talk then?",
        quote="outlook",
        date="2027-10-15",
        note="new writer s23; written date: the 15th of October",
    ),
    email(
        "not_now",
        "2026-10-05 09:05",
        "Chloe Sutton",
        "Not interested right now, maybe next year. Feel free to check in.",
        date="2027-01-01",
        note="new writer s23; not interested right now, maybe next year",
    ),
    email(
        "accepted_elsewhere",
        "2027-01-19 12:30",
        "Adam Novak",
        "Thanks Mia, I've just signed with another company and start on March 2nd. Maybe keep me "
        "in mind next year.",
        note="new writer s23; accepted with a start date and keep me in mind",
    ),
    sms(
        "accepted_elsewhere",
        "2027-02-02 17:25",
        "took another job last week, thx tho",
        note="new writer s23; sms",
    ),
    email(
        "accepted_elsewhere",
        "2027-05-18 10:50",
        "Rosa Jimenez",
        "I accepted an offer elsewhere, so no more interviews for me for a while! Thanks for "
        "thinking of me.",
        note="new writer s23; hard negative: no more",
    ),
    email(
        "referral",
        "2027-06-01 15:20",
        "Kevin Tran",
        "Not my area (I'm frontend), but my old teammate Jorge Alvarez is a superb backend "
        "engineer and he's looking: jorge.alvarez@fastmail.com. Tell him I sent you.",
        note="new writer s23; referral with address",
    ),
    sms(
        "referral",
        "2027-06-29 19:15",
        "not me but try my sister Kate, she's an SRE. 555-0148",
        note="new writer s23; sms referral with a number",
    ),
    email(
        "wrong_person",
        "2027-07-13 13:40",
        "Chris Miller",
        "I think you have the wrong Chris Miller. I'm a nurse, not an engineer.",
        note="new writer s23; wrong person",
    ),
    sms(
        "wrong_person",
        "2027-07-27 16:00",
        "wrong number, no one named Tom here",
        note="new writer s23; wrong number without a stop request",
    ),
    email(
        "out_of_office",
        "2026-11-09 08:05",
        "Diane Foster",
        "I'm out of the office until Monday, November 16 with limited access to email.",
        auto=True,
        date="2026-11-16",
        note="new writer s23; auto-reply with a weekday and date",
    ),
    email(
        "out_of_office",
        "2027-09-28 09:50",
        "Trevor Banks",
        "Thanks for your message. I'm travelling for work and will be back on 10/5. Replies will "
        "be slow until then.",
        auto=True,
        date="2027-10-05",
        note="new writer s23; numeric date month/day",
    ),
    email(
        "out_of_office",
        "2026-12-14 10:15",
        "Marcus Reid",
        "Hello, I'm on paternity leave and back on January 4th. Your email will not be forwarded.",
        auto=True,
        date="2027-01-04",
        note="new writer s23; back date in the next year",
    ),
    bounce(
        "2027-08-10 04:30",
        "j.wexler@harborline.io",
        "This message was created automatically by mail delivery software.\n\nA message that you "
        "sent could not be delivered to one or more of its recipients. This is a permanent "
        "error. The following address(es) failed:\n\n  {rcpt}\n    host {host} "
        "[198.51.100.7]\n    SMTP error from remote mail server after RCPT TO:<{rcpt}>:\n"
        "    550 5.1.1 <{rcpt}>: User unknown",
        "5.1.1",
        "550 5.1.1 User unknown",
        dsn="plain",
        note="new writer s23; exim, non-standard",
    ),
    # ---------------------------------------------------------------- new writer s24
    email(
        "opt_out",
        "2027-01-11 14:20",
        "Howard Lin",
        "Please take me off whatever list this is. I get enough of these already.\n\nHoward",
        quote="outlook",
        note="new writer s24; polite, 'whatever list this is'",
    ),
    sms("opt_out", "2027-01-12 19:05", "Stop texting me", note="new writer s24; sms, plain stop"),
    sms(
        "opt_out", "2027-01-14 08:40", "unsubscribe", note="new writer s24; single word, lower case"
    ),
    email(
        "opt_out",
        "2027-01-19 16:02",
        "Patricia Vaughn",
        "Under the GDPR (Art. 17) I'm asking you to erase all personal data you hold about me, and "
        "under Art. 15 to tell me where you got it. Please confirm in writing once done. Do not "
        "contact me for any other purpose.\n\nP. Vaughn",
        quote="outlook-old",
        note="new writer s24; legalistic GDPR erasure and access request",
    ),
    sms(
        "opt_out",
        "2027-01-21 21:30",
        "who is this and how did you get my number?? lose it",
        note="new writer s24; indirect: how did you get my number + lose it",
    ),
    email(
        "opt_out",
        "2027-01-26 10:15",
        "Derek Simmons",
        "I never signed up for anything with Northwind. Whoever sold you my email, I'd like it "
        "gone from your system.",
        quote="gmail",
        note="new writer s24; indirect: never signed up + want my email gone",
    ),
    email(
        "opt_out",
        "2027-02-01 13:45",
        "Naomi Brooks",
        "Hi Sam,\n\nNot for me, I'm afraid. But my colleague Ines Duarte might be interested, "
        "ines.duarte@gmail.com. And could you please not contact me about roles again? Thanks.\n\n"
        "Naomi",
        quote="apple",
        note="new writer s24; referral plus do not contact again: opt_out wins",
    ),
    sms(
        "opt_out",
        "2027-02-03 12:12",
        "pls remove my number from ur list thx",
        note="new writer s24; sms shorthand",
    ),
    email(
        "opt_out",
        "2027-02-08 09:20",
        "Gary Whitfield",
        "This is the THIRD time. I replied no twice. Remove me or I will report Northwind to the "
        "ICO.",
        quote="outlook",
        note="new writer s24; angry, threatens regulator",
    ),
    email(
        "opt_out",
        "2027-02-10 17:55",
        "Rachel Moss",
        "Wrong Rachel, I'm not an engineer. Please delete my details so this doesn't keep "
        "happening.",
        quote="iphone",
        note="new writer s24; wrong person plus delete my details: opt_out wins",
    ),
    sms("opt_out", "2027-02-11 07:50", "STOP ALL", note="new writer s24; carrier style keyword"),
    email(
        "opt_out",
        "2027-02-16 15:30",
        "Victor Hale",
        "Please forget me. Not interested now, not interested later.",
        quote="bottom",
        note="new writer s24; 'please forget me'",
    ),
    email(
        "opt_out",
        "2027-02-18 11:05",
        "Melissa Grant",
        "Hi Dana, I'm not looking, and honestly I'd prefer not to get recruiting emails at all. "
        "Can you mark me as do-not-contact on your side? No hard feelings.\n\nMelissa",
        quote="gmail",
        html="alt",
        note="new writer s24; polite do-not-contact request",
    ),
    sms(
        "opt_out",
        "2027-02-22 18:25",
        "No more calls please, email is fine if you must",
        note="new writer s24; narrows the channel: a request to stop calls is opt_out (README: any "
        "request to stop; doubt resolves to opt_out)",
    ),
    email(
        "opt_out",
        "2027-03-02 20:10",
        "Trent Walker",
        "what part of 'no' do you not understand. quit emailing me",
        quote="android",
        note="new writer s24; curt, 'quit emailing', no capitals",
    ),
    email(
        "opt_out",
        "2027-03-04 08:35",
        "Gloria Estes",
        "Good morning,\n\nKindly remove my address from your database. I do not wish to receive "
        "any further correspondence from your agency.\n\nRegards,\nGloria Estes",
        quote="outlook",
        touch=-1,
        note="new writer s24; formal; quoted original also says STOP",
    ),
    sms("opt_out", "2027-03-08 13:00", "unsubscibe me", note="new writer s24; typo"),
    email(
        "opt_out",
        "2027-03-10 16:40",
        "Hugo Ferreira",
        "Please use my personal address only for anything from now on, and stop writing to my "
        "work email altogether: my employer monitors it.",
        quote="outlook",
        note="new writer s24; stop on one address (channel) is opt_out, even though another "
        "address is offered; careful recruiter would suppress the work address",
    ),
    sms(
        "opt_out",
        "2027-03-12 22:05",
        "dont ever text this number again",
        note="new writer s24; sms, missing apostrophe",
    ),
    email(
        "opt_out",
        "2027-03-16 12:25",
        "Kyle Benton",
        "lol no. take me off the list bro",
        quote="iphone",
        note="new writer s24; slang",
    ),
    # hard non-opt-outs
    email(
        "not_interested",
        "2027-01-13 10:45",
        "Angela Price",
        "Not interested, thanks. Please don't take it personally, the role sounds good, it just "
        "isn't for me.",
        quote="gmail",
        note="new writer s24; polite no, no stop request",
    ),
    sms("not_interested", "2027-01-18 17:15", "Nah I'm good thanks", note="new writer s24; sms no"),
    email(
        "question",
        "2027-01-25 14:05",
        "Stephen Ochoa",
        "Hi Dana,\n\nWhere did you get my email? I don't remember applying. Also, what team is "
        "the role in?\n\nStephen",
        quote="gmail",
        note="new writer s24; asks where my email came from without asking to stop: question",
    ),
    sms(
        "interested",
        "2027-01-28 12:40",
        "Sure, but text me rather than calling, I'm in meetings all day. What times work?",
        note="new writer s24; channel preference without stopping: not opt_out",
    ),
    email(
        "not_now",
        "2027-02-02 09:10",
        "Colin Reyes",
        "Please take me out of the running for this one, I'm mid-project. But do try me again "
        "after Q1, I'll likely be more open then.",
        quote="outlook",
        date="2027-04-01",
        note="new writer s24; 'take me out of the running' is about this role, not contact; after "
        "Q1 offered so not_now",
    ),
    email(
        "interested",
        "2027-02-09 19:20",
        "Jenna Holt",
        "Ha, I nearly hit unsubscribe on autopilot, but this one's actually relevant. Let's talk. "
        "Thursday afternoon?",
        quote="gmail",
        note="new writer s24; 'unsubscribe' in another sense; proposes a day: interested",
    ),
    email(
        "question",
        "2027-02-12 15:15",
        "Omar Haddad",
        "Sorry, I deleted your first email by accident. Could you resend the details, especially "
        "the salary band and whether it's remote?",
        quote="gmail",
        note="new writer s24; 'deleted' in another sense",
    ),
    sms(
        "not_now",
        "2027-02-15 13:35",
        "My contract stops end of April, ping me then",
        date="2027-05-01",
        note="new writer s24; 'stops' is the contract; end of April -> 1 May",
    ),
    email(
        "wrong_person",
        "2027-02-17 08:55",
        "Alan Cho",
        "You've got the wrong Alan Cho, I'm in accounting. No worries though.",
        quote="outlook",
        note="new writer s24; wrong person, no stop request",
    ),
    sms(
        "wrong_person",
        "2027-02-19 20:45",
        "Wrong number mate. Not Sarah",
        note="new writer s24; wrong number, no stop",
    ),
    email(
        "referral",
        "2027-02-23 11:50",
        "Beth Kowalski",
        "Not me, I'm moving into management. My teammate Luis Ortega would crush this though: "
        "luis.ortega@fastmail.com. Feel free to drop my name.",
        quote="gmail",
        note="new writer s24; referral, declines without stop",
    ),
    email(
        "not_interested",
        "2027-02-25 16:20",
        "Frank Delgado",
        "Stop me if I've said this before, but I'm really happy at my company. Thanks anyway.",
        quote="apple",
        note="new writer s24; 'stop me if' idiom, a no without stop request",
    ),
    sms(
        "interested",
        "2027-03-01 09:05",
        "Can't stop thinking about the robotics one, still open? Happy to chat",
        note="new writer s24; 'stop' in another sense",
    ),
    email(
        "not_interested",
        "2027-03-03 14:50",
        "Lydia Marsh",
        "I appreciate the thought but I'm going to pass. I'm not looking to leave. Best of luck "
        "filling it.",
        quote="outlook",
        note="new writer s24; pass, no stop",
    ),
    email(
        "question",
        "2027-03-05 10:30",
        "Roy Patel",
        "Before anything else, how did you find me? LinkedIn? And is it the same team that posted "
        "the SRE role last year?",
        quote="iphone",
        note="new writer s24; 'how did you find me' as curiosity, with another question: question",
    ),
    sms(
        "not_now",
        "2027-03-09 18:00",
        "Stop by again next month? Swamped right now",
        date="2027-04-01",
        note="new writer s24; 'stop by' idiom; next month",
    ),
    email(
        "interested",
        "2027-03-11 13:10",
        "Tessa Young",
        "The fully remote part removes my main concern, so yes, I'm interested. My number is "
        "555-0192.",
        quote="gmail",
        note="new writer s24; 'removes' in another sense",
    ),
    # the other labels
    email(
        "interested",
        "2027-03-15 09:45",
        "Martin Kealy",
        "Hi Mia, this looks like a great fit. I'm free Monday or Tuesday next week after 2pm.",
        quote="outlook",
        note="new writer s24; proposes days",
    ),
    sms("interested", "2027-03-17 11:30", "yep keen, call anytime after 5", note="new writer s24"),
    sms(
        "question",
        "2027-03-18 15:55",
        "is it fully remote or hybrid? and whats the band",
        note="new writer s24; sms question",
    ),
    email(
        "accepted_elsewhere",
        "2027-03-22 17:40",
        "Priscilla Ng",
        "Thanks Sam, I just accepted an offer last week, so I'm off the market for now. Keep me "
        "in mind next year maybe.",
        quote="gmail",
        note="new writer s24; accepted elsewhere; 'next year' does not make it not_now",
    ),
    sms(
        "accepted_elsewhere",
        "2027-03-24 19:10",
        "Just signed somewhere else, sorry!",
        note="new writer s24",
    ),
    email(
        "not_now",
        "2027-03-26 12:00",
        "Ben Ruiz",
        "Not now, I'm on leave until after Easter. Happy to hear more after that.",
        quote="iphone",
        date="2027-03-30",
        note="new writer s24; typed by hand, after Easter 2027 (28 Mar) -> Tuesday 30 Mar",
    ),
    email(
        "not_now",
        "2027-04-06 10:20",
        "Ella Fischer",
        "Timing isn't right. Could you reach out in a couple of weeks? We ship a big release "
        "first.",
        quote="gmail",
        date="2027-04-20",
        note="new writer s24; a couple of weeks = +14",
    ),
    email(
        "out_of_office",
        "2027-04-08 06:30",
        "Grant Hollis",
        "I'm out of the office with no access to email and will return on Monday, April 19. "
        "For urgent matters please contact ops@hollis-eng.com.",
        auto=True,
        date="2027-04-19",
        note="new writer s24; auto-reply with colleague address",
    ),
    email(
        "out_of_office",
        "2027-05-03 07:10",
        "Nadia Karim",
        "Out until 5/14 at a conference. Replies delayed.",
        auto=True,
        date="2027-05-14",
        note="new writer s24; terse auto-reply, numeric month/day",
    ),
    email(
        "referral",
        "2027-04-13 14:35",
        "Sean Maguire",
        "Wrong person for this, I left engineering two years ago. My brother Liam is a backend "
        "dev and looking, liam.maguire@proton.me.",
        quote="outlook",
        note="new writer s24; wrong person plus referral: referral",
    ),
    bounce(
        "2027-04-15 03:20",
        "m.tanaka@corvid.io",
        "Delivery has failed to these recipients or groups:\n\n{rcpt}\nThe email address you "
        "entered couldn't be found. Please check the recipient's email address and try to resend "
        "the message.",
        "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        dsn="exchange",
        note="new writer s24; exchange NDR",
    ),
    sms(
        "not_interested",
        "2027-04-20 16:45",
        "no thanks. remove the guesswork next time and read my profile lol",
        note="new writer s24; 'remove' in another sense; sarcastic no without stop",
    ),
    # ---------------------------------------------------------------- new writer s25
    sms(
        "interested",
        "2027-04-30 08:47",
        "Happy to chat, ring me on this number any time after 6pm",
        note="new writer s25; phone number given, sign-off only",
    ),
    sms(
        "accepted_elsewhere",
        "2027-05-04 13:22",
        "Thanks but I signed with another company last week, start next month. Good luck with it!",
        note="new writer s25; accepted an offer, keep in touch",
    ),
    email(
        "interested",
        "2027-05-07 16:48",
        "Priya Natarajan",
        (
            "Hello Oliver,\n\nThanks for reaching out. Would Thursday at 2pm work for a first "
            "chat? Happy to do video or phone.\n\nKind regards,\nPriya Natarajan"
        ),
        quote="outlook",
        note="new writer s25; proposes a meeting day, not a deferral",
    ),
    sms(
        "not_now",
        "2027-05-10 08:58",
        (
            "not the right moment, big release this month. add me to your newsletter and ping me "
            "again in a few weeks"
        ),
        note="new writer s25; 'add me to your newsletter', in a few weeks",
        date="2027-05-31",
    ),
    email(
        "out_of_office",
        "2027-06-06 09:20",
        "Tom Whitfield",
        (
            "Thank you for your message. I am out of the office until Monday 14 June with limited "
            "access to email.\nFor anything urgent please contact jo.barnes@cartwright.example.\n\n"
            "Tom Whitfield"
        ),
        auto=True,
        quote="none",
        email="tom.whitfield@cartwright.example",
        date="2027-06-14",
        note="new writer s25; automatic reply with return date, names a colleague",
    ),
    sms(
        "referral",
        "2027-05-16 08:45",
        (
            "Not for me but my friend Jess is looking for exactly this. She said fine to text her: "
            "07700 900 771"
        ),
        note="new writer s25; sms, passes on a friend's number",
    ),
    email(
        "opt_out",
        "2027-05-21 08:43",
        "Maya Lindqvist",
        (
            "Please don't contact me on my work address again. Our IT team reads flagged mail and "
            "this is awkward.\n\nMaya"
        ),
        quote="iphone",
        note="new writer s25; stop on one address: don't write to my work email",
    ),
    sms(
        "interested",
        "2027-05-24 14:30",
        "don't stop, I'm keen 😄 when can we talk?",
        note="new writer s25; 'don't stop' said as a yes",
    ),
    sms(
        "wrong_person",
        "2027-05-27 15:03",
        "I think you've got the wrong number, I'm a dental nurse not an engineer",
        note="new writer s25; sms, wrong number",
    ),
    email(
        "interested",
        "2027-05-31 14:10",
        "Callum Reid",
        (
            "Hi Dana,\n\nThanks, this is the first recruiter email in months that actually matches "
            "what I do. Let's talk.\n\nCallum"
        ),
        html="only",
        note="new writer s25; html-only email",
    ),
    email(
        "interested",
        "2027-06-05 16:09",
        "Maya Lindqvist",
        "Sure, I'm open to it. Send over a calendar invite for whenever suits you.\n\nMaya",
        cte="base64",
        note="new writer s25; base64 body, short yes",
    ),
    email(
        "interested",
        "2027-06-10 09:51",
        "Grace Adeyemi",
        (
            "Hi Dana,\n\nYes, I'd like to hear more. Please contact me at my personal address "
            "instead, grace.a.adeyemi@gmail.com,\nit's easier for me to keep track of things "
            "there.\n\nSpeak soon,\nGrace"
        ),
        cte="quoted-printable",
        note="new writer s25; 'contact me at my personal address instead': redirect, not a stop",
    ),
    email(
        "opt_out",
        "2027-06-13 10:46",
        "Grace Adeyemi",
        (
            "Dear Sir or Madam,\n\nUnder Article 17 of the UK GDPR I request the erasure of all "
            "personal data you hold about me.\nI also object under Article 21 to the use of my "
            "data for direct marketing, which includes\nunsolicited recruitment approaches. Please "
            "confirm within one calendar month, as the law requires.\n\nRegards,\nGrace Adeyemi"
        ),
        cte="quoted-printable",
        touch=-1,
        note="new writer s25; legalistic, UK GDPR art. 17 and 21, erasure + objection",
    ),
    sms(
        "opt_out",
        "2027-06-17 11:34",
        "No thanks. And please stop calling this number, I'm on the ward all day and can't pick up",
        note="new writer s25; no thanks + stop calling this number",
    ),
    email(
        "question",
        "2027-06-22 12:58",
        "Priya Natarajan",
        (
            "Hi Dana,\n\nSounds interesting. Could you send me the list of requirements and the "
            "salary band before we set up a call?\nI'd like to see whether the on-call rota is "
            "part of it too.\n\nThanks,\nPriya"
        ),
        note="new writer s25; 'send me the list of requirements' before a call",
    ),
    email(
        "interested",
        "2027-06-26 11:23",
        "Grace Adeyemi",
        "Yes, this sounds like a good fit. I'm free Monday or Tuesday morning.\n\nGrace",
        quote="bottom",
        note="new writer s25; bottom-posted yes below the quote",
    ),
    sms(
        "interested",
        "2027-06-29 16:28",
        (
            "ha, unsubscribe me from the other recruiter's list, not yours ;) yes I'd love to chat "
            "this week"
        ),
        note="new writer s25; 'unsubscribe me from the other recruiter's list, not yours'",
    ),
    email(
        "interested",
        "2027-07-02 15:40",
        "Sam Okafor",
        (
            "Hi Dana!!\n\nWow, funny timing, I was literally updating my CV this weekend. Yes, "
            "absolutely, I'd love to talk.\nAny afternoon this week works for me.\n\nSam"
        ),
        quote="iphone",
        note="new writer s25; enthusiastic, exclamation marks",
    ),
    email(
        "question",
        "2027-07-06 11:23",
        "Callum Reid",
        (
            "Remove the salary cap and I'm in :)\n\nMore seriously: is 90k the top of the band, or "
            "is there room for someone with staff-level experience?\n\nCallum"
        ),
        touch=-1,
        note="new writer s25; 'remove the salary cap and I'm in'",
    ),
    email(
        "opt_out",
        "2027-07-09 12:46",
        "Tom Whitfield",
        (
            "Dana,\n\nThis is the fourth email in two weeks. I never gave you this address and I "
            "never signed up for anything.\nRemove me from your database immediately and confirm "
            "in writing that you have done so.\n\nTom"
        ),
        quote="outlook",
        note="new writer s25; angry, demands confirmation of removal",
    ),
    sms(
        "interested",
        "2027-07-14 12:53",
        "Yes. Call me tomorrow after 5",
        note="new writer s25; terse sms, call time",
    ),
    email(
        "not_now",
        "2027-07-17 07:45",
        "Tom Whitfield",
        (
            "Hi Oliver,\n\nNot looking right now, I've just taken over a team. But please do keep "
            "me on your list for senior roles,\nand try me again early next year.\n\nCheers,\nTom"
        ),
        quote="outlook",
        date="2028-01-01",
        note="new writer s25; 'keep me on your list for senior roles', try again next year",
    ),
    sms(
        "opt_out",
        "2027-07-22 10:11",
        "Quit messaging me. Last warning.",
        note="new writer s25; sms, curt, 'quit messaging'",
    ),
    sms(
        "opt_out",
        "2027-07-25 11:42",
        "who is this?? dont text this nuber again",
        note="new writer s25; sms, no punctuation, typo, who is this",
    ),
    sms(
        "opt_out",
        "2027-07-28 15:39",
        "stop texting me pls",
        note="new writer s25; channel stop, sms, lower case, 'pls'",
    ),
    sms(
        "opt_out",
        "2027-07-31 14:07",
        "nah mate. unsub me",
        note="new writer s25; sms, slang, 'unsub' abbreviation",
    ),
    email(
        "opt_out",
        "2027-08-04 16:04",
        "Callum Reid",
        (
            "Hi Oliver,\n\nThanks for thinking of me, it's kind of you. I'd rather not get these "
            "messages any more though,\ncould you take me off your mailing list?\n\nAll the best,\n"
            "Callum"
        ),
        note="new writer s25; polite, thanks first, take me off your mailing list",
    ),
    email(
        "not_now",
        "2027-08-08 12:27",
        "Sam Okafor",
        (
            "Hi Oliver,\n\nThe timing's not great, my daughter starts school and I don't want to "
            "change jobs before that.\nCould we pick this up after the summer?\n\nSam"
        ),
        date="2027-09-01",
        note="new writer s25; after the summer, still open",
    ),
    sms(
        "interested",
        "2027-08-11 16:08",
        "yes! email me the JD at sam.okafor@proton.me and lets talk",
        note="new writer s25; 'email me the JD' with an address, a yes",
    ),
    email(
        "opt_out",
        "2027-08-15 11:12",
        "Callum Reid",
        (
            "Hi Oliver,\n\nI'm happy where I am. Please don't email me about roles again, not this "
            "one and not future ones.\n\nThanks,\nCallum"
        ),
        quote="outlook",
        note="new writer s25; no + never email me about roles again, future ones too",
    ),
    sms(
        "question",
        "2027-08-20 11:11",
        "is it remote? if yes text me the details, if it's london 2 days a week I'll pass",
        note="new writer s25; 'text me the details' only if remote, a question",
    ),
]

# --- appended 2026-12-06 by a new writer (session 26) who had not read the classifier: opt-outs in
# every form, short yeses that use contact words, and the other labels with their hard mixes.
S26 = "new writer s26"
REPLIES += [
    sms("opt_out", "2027-09-02 19:14", "unsubscibe", note=f"{S26}; one word, misspelled"),
    email(
        "opt_out",
        "2027-09-03 15:40",
        "Gareth Lloyd",
        (
            "Hi Dana,\n\nKind of you to think of me, genuinely. That said, please don't reach out "
            "again, I keep this inbox for\nfamily and the odd invoice and I'd like it to stay "
            "that way.\n\nBest wishes,\nGareth"
        ),
        note=f"{S26}; polite, indirect: please don't reach out again",
    ),
    sms("opt_out", "2027-09-06 21:02", "lose my number", note=f"{S26}; indirect, lower case"),
    sms(
        "opt_out",
        "2027-09-08 12:31",
        "I never gave you permission to have this number. Delete it.",
        note=f"{S26}; never gave permission, delete the number",
    ),
    email(
        "opt_out",
        "2027-09-09 17:55",
        "Derek Holm",
        (
            "THIS IS THE THIRD EMAIL THIS WEEK. I DID NOT SIGN UP FOR ANY OF THIS.\nTAKE ME OFF "
            "YOUR LIST. NOW."
        ),
        quote="iphone",
        note=f"{S26}; angry, all caps, iphone",
    ),
    email(
        "opt_out",
        "2027-09-13 10:22",
        "Ingrid Sorensen",
        (
            "Dear Sir or Madam,\n\nUnder Article 17 of the General Data Protection Regulation I "
            "request the erasure of all\npersonal data you hold about me, without undue delay, "
            "and written confirmation once this\nhas been done. Please also tell me where you "
            "obtained my contact details (Article 14).\n\nYours faithfully,\nIngrid Sorensen"
        ),
        quote="outlook",
        note=f"{S26}; legalistic GDPR erasure request with a question about the source",
    ),
    email(
        "opt_out",
        "2027-09-14 08:47",
        "Tomasz Nowak",
        (
            "Sounds interesting tbh, the order pipeline stuff especially. But I'd rather you "
            "removed me from your\nlist, I'll come find you if I ever go looking.\n\nTomasz"
        ),
        note=f"{S26}; a yes mixed with remove me from your list",
    ),
    sms(
        "opt_out",
        "2027-09-16 13:05",
        "dont call this number again pls. in work all day",
        note=f"{S26}; channel: don't call this number, no apostrophe",
    ),
    sms(
        "opt_out",
        "2027-09-17 18:40",
        "Stop texting me. If you must, email, but honestly I'm not looking",
        note=f"{S26}; stop texting me, email tolerated",
    ),
    email(
        "opt_out",
        "2027-09-20 11:18",
        "Helen Marsh",
        (
            "Please stop contacting me on my work email. This is a shared inbox that my manager "
            "can read.\n\nH. Marsh\nHead of Platform | Corvid Systems\nThis email and any "
            "attachments are confidential."
        ),
        quote="outlook",
        email="h.marsh@corvid.example",
        note=f"{S26}; channel: stop contacting my work email, corporate signature",
    ),
    email(
        "opt_out",
        "2027-09-22 16:33",
        "Neil Barrow",
        "No. And no more emails please.",
        quote="android",
        note=f"{S26}; curt no plus no more emails",
    ),
    sms("opt_out", "2027-09-24 09:12", "not interested, remove me", note=f"{S26}; no + remove"),
    email(
        "opt_out",
        "2027-09-27 14:51",
        "Rosalind Achebe",
        (
            "Hello Sam,\n\nI would appreciate it if this were the last message I receive from "
            "Northwind Talent.\n\nRegards,\nRosalind Achebe"
        ),
        quote="outlook-old",
        note=f"{S26}; indirect and formal: let this be the last message",
    ),
    email(
        "opt_out",
        "2027-09-29 20:04",
        "Marco Villanueva",
        (
            "Hi,\n\nPlease delete my information and do not sell or share it. This is a request "
            "under the CCPA.\n\nMarco"
        ),
        html="only",
        note=f"{S26}; legalistic CCPA delete request, html only",
    ),
    sms("opt_out", "2027-10-01 22:15", "pls dont msg me again thx", note=f"{S26}; abbreviations"),
    email(
        "opt_out",
        "2027-10-04 12:09",
        "Chloe Barnard",
        (
            "Hi Mia,\n\nI'm happy where I am. Do not contact me again, about this role or any "
            "other.\n\nChloe"
        ),
        quote="apple",
        note=f"{S26}; happy in job + do not contact me again",
    ),
    email(
        "opt_out",
        "2027-10-06 07:58",
        "Graham Pike",
        (
            "Please unsubscribe me. I clicked the link at the bottom weeks ago and I'm still "
            "getting these.\n\nGraham"
        ),
        quote="bottom",
        note=f"{S26}; bottom-posted, unsubscribe link did not work",
    ),
    sms(
        "opt_out",
        "2027-10-08 17:27",
        "who gave you this number? I want it off your system today",
        note=f"{S26}; who gave you the number + take it off your system",
    ),
    email(
        "opt_out",
        "2027-10-11 15:36",
        "Lydia Frost",
        (
            "Hi Dana,\n\nFair warning: from now on these go straight to spam unless you stop. "
            "I've said no twice.\n\nLydia"
        ),
        note=f"{S26}; indirect: stop or I mark you as spam",
    ),
    email(
        "opt_out",
        "2027-10-13 09:44",
        "Ahmed Farouk",
        "Kindly remove my details from your database.\n\nRegards,\nAhmed Farouk",
        html="only",
        quote="outlook",
        note=f"{S26}; kindly remove my details from your database, html only",
    ),
    email(
        "opt_out",
        "2027-10-15 13:20",
        "Bea Castillo",
        (
            "Not for me, and please don't contact me again. My friend Leo might be keen though, "
            "leo.park@gmail.com,\nhe's a data engineer.\n\nBea"
        ),
        note=f"{S26}; referral mixed with do not contact me again: opt_out first",
    ),
    # ---- interested and questions that use contact words without asking to stop
    sms("interested", "2027-09-02 08:15", "yes, call me tomorrow", note=f"{S26}; call me tomorrow"),
    sms(
        "interested",
        "2027-09-03 12:48",
        "Sounds good. Text me at this number, I hardly ever check email",
        note=f"{S26}; text me at this number",
    ),
    email(
        "interested",
        "2027-09-07 19:30",
        "Jon Baird",
        (
            "Sure, send me the details. Use my personal address though, jon.baird@fastmail.com, "
            "this one is my\nwork account.\n\nJon"
        ),
        quote="iphone",
        email="jon.baird@tessellate.example",
        note=f"{S26}; yes + move to my personal address: interested, not referral",
    ),
    sms(
        "interested",
        "2027-09-08 14:02",
        "reach me after 6, at work till then",
        note=f"{S26}; reach me after 6",
    ),
    email(
        "interested",
        "2027-09-10 11:11",
        "Callie Dawson",
        (
            "Hi Sam,\n\nMy number is 07700 900 412, give me a call Friday afternoon and we can "
            "talk it through.\n\nCheers,\nCallie"
        ),
        note=f"{S26}; my number is, call me Friday",
    ),
    sms("interested", "2027-09-13 20:20", "ping me on WhatsApp, same number 👍", note=f"{S26}"),
    email(
        "interested",
        "2027-09-15 09:03",
        "Raj Malhotra",
        (
            "Hello,\n\nI'm interested. You can contact me any time on this address or on my "
            "mobile.\n\nRaj Malhotra\nSenior Data Engineer"
        ),
        quote="outlook",
        note=f"{S26}; you can contact me any time",
    ),
    email(
        "interested",
        "2027-09-17 10:45",
        "Ruth Okoye",
        (
            "Hi Mia!\n\nWrite to me on my private email instead: r.okoye@proton.me - I'd love to "
            "hear more about the driver\napp.\n\nRuth"
        ),
        note=f"{S26}; write to me on my private email instead: interested",
    ),
    sms(
        "interested",
        "2027-09-20 07:55",
        "Interested! don't call before 6 tho, in meetings all day",
        note=f"{S26}; don't call before 6 is a preference, not a stop",
    ),
    email(
        "question",
        "2027-09-21 16:16",
        "Femi Adeyemi",
        (
            "Could you email me the salary range first? And please contact me at this address "
            "rather than on LinkedIn.\n\nFemi"
        ),
        quote="android",
        note=f"{S26}; question with a channel preference, no stop",
    ),
    sms("question", "2027-09-23 18:08", "whats the pay? text me back", note=f"{S26}; text me back"),
    email(
        "interested",
        "2027-09-24 13:37",
        "Pauline Hart",
        (
            "Yes, happy to talk. Best to reach me on my mobile, 555-0143, rather than email.\n\n"
            "Sent from Outlook for Android"
        ),
        note=f"{S26}; yes + reach me on my mobile rather than email",
    ),
    email(
        "question",
        "2027-09-28 10:10",
        "Owen Griffiths",
        (
            "Hi Sam,\n\nI'd rather keep this to email than phone, but yes I'm interested. Is it "
            "fully remote, or is\nthere an office day?\n\nOwen"
        ),
        note=f"{S26}; rather email than phone, then a remote question",
    ),
    sms("interested", "2027-09-30 12:00", "Sure call me", note=f"{S26}; two words"),
    email(
        "interested",
        "2027-10-01 14:25",
        "Lauren Whitaker",
        (
            "Hi Sam,\n\nFeel free to give me a call on +1 512 555 0199 on Tuesday or Wednesday.\n\n"
            "Kind regards,\nLauren Whitaker"
        ),
        quote="outlook-old",
        note=f"{S26}; feel free to call, proposes days",
    ),
    email(
        "interested",
        "2027-10-05 17:48",
        "Dominic Shaw",
        (
            "Please keep me on your list, this one actually looks great. Can we talk this week?\n\n"
            "Dom"
        ),
        quote="apple",
        note=f"{S26}; keep me on your list: a yes",
    ),
    sms(
        "interested",
        "2027-10-07 11:34",
        "yes. my email is tara.quinn@gmail.com send the JD there",
        note=f"{S26}; gives an email address for the JD",
    ),
    email(
        "interested",
        "2027-10-12 19:19",
        "Nikhil Bose",
        "I'm interested. Contact me on Signal or text, same number you already have.\n\nNikhil",
        quote="iphone",
        note=f"{S26}; contact me on Signal or text",
    ),
    email(
        "question",
        "2027-10-14 20:41",
        "Amara Eze",
        (
            "Before we talk: how much on-call is there? If it's reasonable, call me on my cell any "
            "evening.\n\nAmara"
        ),
        note=f"{S26}; on-call question, call me if reasonable",
    ),
    sms(
        "interested",
        "2027-10-18 15:52",
        "can u call me instead? easier to talk than type",
        note=f"{S26}; call me instead",
    ),
    email(
        "interested",
        "2027-10-20 08:30",
        "Martin Kowalczyk",
        (
            "Hi Dana,\n\nyes please, send everything over. Mail me at martin.k@kowalczyk.dev "
            "from now on, this\naddress is going away when I leave my current job.\n\nMartin"
        ),
        quote="outlook",
        note=f"{S26}; yes + mail me at another address from now on",
    ),
    # ---- the other labels, with hard mixes
    email(
        "not_now",
        "2027-10-12 16:05",
        "Ivy Chen",
        (
            "Hi Dana,\n\nNot now, we're mid-launch and I'm not going anywhere before it ships. "
            "Try me again after Q1.\n\nIvy"
        ),
        date="2028-04-01",
        note=f"{S26}; after Q1",
    ),
    sms(
        "not_now",
        "2027-10-20 12:44",
        "busy till end of November, msg me then",
        date="2027-12-01",
        note=f"{S26}; end of November, msg me then",
    ),
    email(
        "not_now",
        "2027-11-03 09:36",
        "Paul Deacon",
        "Can you email me again in a couple of weeks? Swamped right now with a release.\n\nPaul",
        quote="outlook",
        date="2027-11-17",
        note=f"{S26}; email me again in a couple of weeks",
    ),
    email(
        "not_interested",
        "2027-10-21 10:58",
        "Simone Adler",
        (
            "Hi Dana,\n\nThanks, but I'm not interested in moving into management. Good luck with "
            "the search.\n\nSimone"
        ),
        note=f"{S26}; plain no",
    ),
    sms("not_interested", "2027-10-22 19:47", "nah not for me", note=f"{S26}; short no"),
    email(
        "not_interested",
        "2027-10-25 14:14",
        "Victor Lam",
        (
            "Hi Sam,\n\nPlease take me out of the process for the data engineer role, I've "
            "decided to stay where I am.\nThanks for your help so far.\n\nVictor"
        ),
        note=f"{S26}; take me out of the process for this role",
    ),
    email(
        "referral",
        "2027-10-26 11:27",
        "Greta Lindholm",
        (
            "Hi Dana,\n\nNot me, but my colleague Anita Rao (anita.rao@helix.example) has been "
            "looking for exactly this.\nFeel free to say I sent you.\n\nGreta"
        ),
        note=f"{S26}; referral with a colleague's address",
    ),
    sms(
        "wrong_person",
        "2027-10-27 13:13",
        "wrong number mate, no Jordan here",
        note=f"{S26}; sms wrong number",
    ),
    email(
        "wrong_person",
        "2027-10-28 09:09",
        "Chris Evans",
        (
            "Hi,\n\nI think you have me confused with another Chris Evans. I'm a pharmacist in "
            "Leeds, not an engineer.\n\nChris"
        ),
        note=f"{S26}; namesake",
    ),
    email(
        "accepted_elsewhere",
        "2027-11-01 15:44",
        "Jade Turner",
        (
            "Hi Mia,\n\nI've just accepted an offer elsewhere, starting on January 10. Keep me in "
            "mind next year though!\n\nJade"
        ),
        note=f"{S26}; accepted, start date and keep me in mind next year",
    ),
    sms(
        "accepted_elsewhere",
        "2027-11-02 10:21",
        "already took a job somewhere else, sorry",
        note=f"{S26}; sms",
    ),
    email(
        "out_of_office",
        "2027-11-15 06:02",
        "Aidan Walsh",
        (
            "Thank you for your email. I am out of the office until Monday, November 22 with no "
            "access to email.\nI will respond on my return."
        ),
        auto=True,
        quote="none",
        email="aidan.walsh@brightline.example",
        date="2027-11-22",
        note=f"{S26}; automatic reply, weekday and date",
    ),
    email(
        "out_of_office",
        "2027-12-21 10:30",
        "Priya Shah",
        (
            "Hello,\n\nI am on annual leave, returning on 3 January 2028. For anything urgent "
            "please contact\nmy colleague Tom Reed at tom.reed@harbourbank.example.\n\nPriya Shah"
        ),
        auto=True,
        quote="none",
        email="priya.shah@harbourbank.example",
        date="2028-01-03",
        note=f"{S26}; automatic reply naming a colleague to write to",
    ),
    email(
        "out_of_office",
        "2027-11-02 17:40",
        "Stefan Eriksen",
        "Away on paternity leave until 12/6, replies will be slow.\n\nStefan",
        quote="none",
        date="2027-12-06",
        note=f"{S26}; notice-like absence typed by hand, no headers, month/day",
    ),
    bounce(
        "2027-11-04 02:11",
        "j.mcallister@aerodyne.example",
        "This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your "
        "message could not\nbe delivered to one or more recipients.\n\n<{rcpt}>: host {host} said: "
        "550 5.1.1 User unknown",
        "5.1.1",
        "550 5.1.1 <j.mcallister@aerodyne.example>: Recipient address rejected: User unknown",
        note=f"{S26}; postfix, user unknown",
    ),
    bounce(
        "2027-11-05 03:45",
        "kate.morrow@gmail.com",
        "** Message not delivered **\n\nYour message couldn't be delivered to {rcpt} because the "
        "mailbox is full.",
        "5.2.2",
        "552 5.2.2 The email account that you tried to reach is over quota",
        dsn="gmail",
        note=f"{S26}; gmail, mailbox full",
    ),
    sms(
        "not_now",
        "2027-10-05 18:26",
        "Not interested right now, maybe next year",
        date="2028-01-01",
        note=f"{S26}; a no with a later time",
    ),
    email(
        "not_now",
        "2027-12-08 13:03",
        "Naomi Fischer",
        (
            "Hi Sam,\n\nI'm on parental leave until March, write to me then please. It does "
            "sound like a good team.\n\nNaomi"
        ),
        quote="iphone",
        date="2028-03-01",
        note=f"{S26}; absence typed by hand that defers: not_now",
    ),
    email(
        "question",
        "2027-11-08 11:50",
        "Lewis Carney",
        "Where did you get my email address? And what else do you hold on me?\n\nLewis",
        quote="outlook",
        note=f"{S26}; data question without a stop or delete",
    ),
    email(
        "interested",
        "2027-11-09 16:22",
        "Holly Brennan",
        "Wednesday at 3 works for a call. Speak then!\n\nHolly",
        note=f"{S26}; proposes a meeting day, not a deferral",
    ),
]

# --- appended by a new writer (session 27) who had not read the classifier: stop requests buried
# in longer replies or worded obliquely, yeses and questions that use stop-like words, and the
# other labels with varied dates.
S27 = "new writer s27"
REPLIES += [
    email(
        "opt_out",
        "2028-01-05 16:20",
        "Tom Hargreaves",
        (
            "Hi Dana,\n\nFunny timing: I signed with Brightwave before Christmas and start on the "
            "17th, so I'm sorted for\na good while.\n\nWhile I have you, I'd appreciate being "
            "taken off whatever list I'm on. Three agencies\nfound me through the same conference "
            "attendee sheet and it's getting a bit much.\n\nCheers,\nTom"
        ),
        note=f"{S27}; news of a new job, then asks to be taken off the list (opt_out beats it)",
    ),
    email(
        "opt_out",
        "2028-01-11 10:05",
        "Bronwyn Astley",
        (
            "Hi Sam,\n\nThis isn't for me, but Kofi Mensah from my old team is exactly who you "
            "want: kofi.mensah@fastmail.com.\nTell him I pointed you his way.\n\nAs for me, "
            "please don't contact me about roles again. I'm not going anywhere.\n\nBronwyn"
        ),
        quote="outlook",
        note=f"{S27}; referral first, the stop request in the last paragraph",
    ),
    sms(
        "opt_out",
        "2028-01-14 20:48",
        "ok seriously who is this. if ur a recruiter pls delete this number n dont txt again",
        note=f"{S27}; sms shorthand, who is this + delete the number",
    ),
    email(
        "opt_out",
        "2028-01-19 18:31",
        "Declan Murphy",
        (
            "Ah brilliant, email number four. Sure the fifth'll do it.\n\nHere's a thought: scrub "
            "me off your system and go annoy someone who asked for it.\n\nDeclan"
        ),
        quote="iphone",
        note=f"{S27}; sarcastic, Irish register, 'scrub me off your system'",
    ),
    email(
        "opt_out",
        "2028-01-25 09:12",
        "Harriet Okonjo",
        (
            "Dear Sir or Madam,\n\nI am exercising my right to object under Article 21(2) UK GDPR "
            "to the use of my personal\ndata for direct marketing, which includes unsolicited "
            "recruitment approaches. Please also tell\nme where you obtained my details (Article "
            "14), and then erase them.\n\nRegards,\nHarriet Okonjo"
        ),
        quote="outlook",
        html="only",
        note=f"{S27}; right to object art. 21(2), source of the data, erase",
    ),
    sms(
        "opt_out",
        "2028-02-02 12:15",
        "Stop ringing me during work hours, I've declined three calls now. Text if you must but "
        "no more calls",
        note=f"{S27}; one channel: no more calls, texts tolerated",
    ),
    email(
        "opt_out",
        "2028-02-08 14:40",
        "Priyanka Desai",
        (
            "Hi Mia,\n\nThank you for thinking of me. I'd prefer not to hear from Northwind again, "
            "about this role or\nany other. I hope you understand.\n\nWarm regards,\nPriyanka"
        ),
        quote="apple",
        note=f"{S27}; polite and oblique: I'd prefer not to hear from you again",
    ),
    email(
        "opt_out",
        "2028-02-15 11:02",
        "Callum Reid",
        (
            "Hi Sam,\n\nTwo things. Yes, I'd like to hear more about the data engineer role, "
            "Thursday or Friday\nafternoon works for a call.\n\nAlso, could you unsubscribe me "
            "from the Northwind Talent newsletter? I never signed up for\nit and it arrives every "
            "week.\n\nThanks,\nCallum"
        ),
        note=(
            f"{S27}; yes to the call + unsubscribe me from the newsletter: opt_out by rule 1 "
            "(a request to stop one stream of messages, like a one-channel stop)"
        ),
    ),
    sms(
        "opt_out",
        "2028-02-22 19:09",
        "plz take me off ur txt list, ta",
        note=f"{S27}; sms shorthand, British 'ta'",
    ),
    email(
        "opt_out",
        "2028-03-01 08:55",
        "Nadia Farouk",
        (
            "Hi Dana,\n\nGenuine question before anything else: who gave you my details? I never "
            "posted this address\nanywhere public. Whoever it was, please wipe what you hold on "
            "me and don't get in touch again.\n\nNadia"
        ),
        note=f"{S27}; data question, then wipe my data and don't get in touch",
    ),
    email(
        "opt_out",
        "2028-03-08 21:14",
        "Ewan MacLeod",
        "Please consider this my final reply: close my file and no more emails, thanks.\n\nEwan",
        quote="bottom",
        note=f"{S27}; bottom-posted, 'consider this my final reply', close my file",
    ),
    email(
        "opt_out",
        "2028-03-14 13:37",
        "Joost Kramer",
        (
            "Hoi Sam,\n\nSorry, ik schrijf even in het Nederlands. Ik word liever niet meer "
            "benaderd, niet via dit adres\nen ook niet telefonisch. Bedankt voor je begrip.\n\n"
            "Joost"
        ),
        lang="nl",
        note=f"{S27}; dutch reply to an english outreach, neither email nor phone",
    ),
    email(
        "interested",
        "2028-01-06 15:45",
        "Marisol Vega",
        (
            "Hi Dana,\n\nI'm in Austin the week of the 17th for a conference, so I'm happy to stop "
            "by the office and\nmeet the team in person if that's easier than a call. Let me know "
            "which day suits.\n\nMarisol"
        ),
        note=f"{S27}; 'stop by the office'",
    ),
    sms(
        "interested",
        "2028-01-27 17:52",
        "Stop it, you read my mind lol. Yes interested, call me after 5",
        note=f"{S27}; 'Stop it' as an exclamation, then a yes",
    ),
    email(
        "interested",
        "2028-02-10 16:10",
        "Kwame Asante",
        (
            "Hi Mia,\n\nYes, let's talk. One thing: could we move this over to my personal "
            "address, kwame.asante@proton.me?\nI'd rather keep it off the work server. Monday "
            "after 4 works for me.\n\nKwame"
        ),
        quote="outlook",
        email="kwame.asante@alderbank.example",
        note=f"{S27}; yes, moves the talk to a personal address without asking to stop",
    ),
    email(
        "interested",
        "2028-03-02 10:26",
        "Ines Albright",
        (
            "Hi Dana,\n\nYou can remove the NDA worry from your list: my non-compete ran out in "
            "January, so I'm free\nto talk. When suits you?\n\nInes"
        ),
        quote="apple",
        note=f"{S27}; 'remove ... from your list' about a worry, asks when to talk",
    ),
    sms(
        "interested",
        "2028-03-16 08:41",
        "yes interested. whatsapp me on this number instead of sms, easier for me",
        note=f"{S27}; yes + moves to whatsapp, no stop",
    ),
    email(
        "interested",
        "2028-04-04 19:30",
        "Raj Patel",
        (
            "Sure, happy to chat. Don't call before 6pm though, I'm on site all day. Evenings or "
            "Wednesday\nlunchtime are best.\n\nRaj"
        ),
        quote="android",
        note=f"{S27}; preference on call times, not a stop",
    ),
    email(
        "question",
        "2028-01-18 12:20",
        "Olu Adeyemi",
        (
            "Hi Sam,\n\nBefore I answer: how long do you keep CVs and notes on candidates who "
            "don't go forward, and\nwho else sees them? I'm not saying no, I'd just like to know "
            "where my details end up.\n\nOlu"
        ),
        quote="outlook-old",
        note=f"{S27}; data-retention question, no stop or delete",
    ),
    sms(
        "question",
        "2028-02-09 21:33",
        "whats the base + is it actually remote or 'remote' lol",
        note=f"{S27}; sms, pay and remote",
    ),
    email(
        "question",
        "2028-02-28 15:05",
        "Greta Sorensen",
        (
            "Hi Sam,\n\nDoes this role remove the on-call rotation or just shrink it? That's the "
            "deciding factor for me.\n\nGreta"
        ),
        note=f"{S27}; 'remove' about on-call",
    ),
    email(
        "question",
        "2028-04-12 07:58",
        "Ben Whitlock",
        (
            "Quick one before we talk: would I have to stop contracting on the side? I run a "
            "small consultancy\nat weekends and I'd like to keep it.\n\nBen"
        ),
        quote="iphone",
        note=f"{S27}; 'stop contracting', asks before deciding",
    ),
    email(
        "question",
        "2028-05-23 13:12",
        "Lucas Ferreira",
        (
            "Oi Dana, desculpa escrever em português. Qual é a faixa salarial? E vocês contratam "
            "gente morando no\nBrasil?\n\nLucas"
        ),
        lang="pt",
        note=f"{S27}; portuguese reply to an english outreach",
    ),
    email(
        "not_now",
        "2028-01-13 09:44",
        "Leah Goldberg",
        (
            "Hi Mia,\n\nNot right now, we're shipping a big release and I can't think past it. Try "
            "me again after Q2?\n\nLeah"
        ),
        date="2028-07-01",
        note=f"{S27}; after Q2",
    ),
    sms(
        "not_now",
        "2028-03-22 18:02",
        "slammed this week, get back to me monday?",
        date="2028-03-27",
        note=f"{S27}; weekday deferral, not a meeting proposal",
    ),
    email(
        "not_now",
        "2028-05-03 12:49",
        "Connor Walsh",
        (
            "Hi Dana,\n\nMy notice period runs until 6/30, so anything before then is off the "
            "table. Reach out after\nthat and I'll gladly talk.\n\nConnor"
        ),
        quote="outlook",
        date="2028-07-01",
        note=f"{S27}; after a written date, month/day",
    ),
    email(
        "not_interested",
        "2028-02-17 20:11",
        "Sophie Lindqvist",
        (
            "Hi Dana,\n\nI'll be straight with you: no. Not this role, and not the next one "
            "either. I've heard enough\nfrom friends who worked there.\n\nSophie"
        ),
        note=f"{S27}; firm no, future roles too, without asking to stop",
    ),
    sms(
        "not_interested",
        "2028-04-19 11:23",
        "Thanks but no. I'm not leaving, full stop.",
        note=f"{S27}; 'full stop' in a plain no",
    ),
    email(
        "referral",
        "2028-03-29 17:16",
        "Yusuf Kaya",
        (
            "I'm not the person you want, I moved into product last year. But Dimitri Volkov "
            "(dimitri.volkov@gmail.com)\nstill does exactly this kind of pipeline work and was "
            "grumbling about his job last week.\n\nYusuf"
        ),
        quote="android",
        note=f"{S27}; not me any more + names someone: referral",
    ),
    sms(
        "referral",
        "2028-05-10 14:07",
        "not me but my sister does design, shes on 07700 900412, tell her Abi sent you",
        note=f"{S27}; sms referral with a number",
    ),
    email(
        "wrong_person",
        "2028-04-25 10:38",
        "Ali Hassan",
        (
            "Hi,\n\nThis is a shared family address. The Ali you want is my cousin, and I don't "
            "have his email,\nsorry.\n\nAli"
        ),
        note=f"{S27}; shared family address, no pointer",
    ),
    email(
        "accepted_elsewhere",
        "2028-05-17 16:54",
        "Hannah Brooks",
        (
            "Hi Dana,\n\nI said yes to Helix last week and start in June. If the Staff role is "
            "still open in a year, feel\nfree to ping me.\n\nHannah"
        ),
        note=f"{S27}; accepted, 'ping me in a year' does not make it not_now",
    ),
    email(
        "out_of_office",
        "2028-06-07 05:30",
        "Grace Whitfield",
        (
            "Thanks for your message. I'm at a customer site with limited access to email until "
            "Friday 16 June.\nI'll reply when I'm back at my desk."
        ),
        auto=True,
        quote="none",
        email="grace.whitfield@corbelgroup.example",
        date="2028-06-16",
        note=f"{S27}; automatic reply, away until a weekday and date",
    ),
    bounce(
        "2028-03-10 04:20",
        "r.denholm@cardinalfreight.example",
        "Your message to {rcpt} couldn't be delivered.\n\n{rcpt} wasn't found at {host}.\n\n"
        "Action Required: the recipient's address may be misspelled or may no longer exist.",
        "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        dsn="exchange",
        note=f"{S27}; exchange, recipient not found",
    ),
]

# ---------------------------------------------------------------- new writer s28
# Short replies that use the words of a stop request (list, remove, delete, unsubscribe, never,
# no more, don't, stop) without being one, a set of stops in ordinary and oblique forms so the
# batch is not one-sided, and a few of the other labels.
S28 = "new writer s28"
REPLIES += [
    sms(
        "interested",
        "2028-07-04 09:12",
        "yes pls send me the list of requirements and ill tick them off 😅",
        note=f"{S28}; 'send me the list' is the requirements: a yes",
    ),
    sms(
        "interested",
        "2028-07-06 12:40",
        "put me on the list for fridays call!",
        note=f"{S28}; 'put me on the list'",
    ),
    sms(
        "interested",
        "2028-07-10 17:05",
        "no more questions from me, lets talk. tmrw 2pm?",
        note=f"{S28}; 'no more questions', proposes a time",
    ),
    email(
        "interested",
        "2028-07-12 08:31",
        "Harriet Vance",
        "Hi Dana,\n\nYou can delete the old CV I sent in the spring, it's well out of date. New "
        "one attached.\nStill very keen on the Staff role.\n\nHarriet",
        note=f"{S28}; 'delete the old CV', a new one attached: a yes",
    ),
    sms(
        "interested",
        "2028-07-18 19:22",
        "Text me on my other number from now on pls, 07700 900871. this phone goes back to work "
        "on fri. and yes interested!",
        note=f"{S28}; moves to another number without asking to stop",
    ),
    sms(
        "interested",
        "2028-07-25 13:48",
        "Send me more roles like this one! Never seen a JD this clear",
        note=f"{S28}; 'never' in praise, send more roles",
    ),
    email(
        "interested",
        "2028-08-01 16:10",
        "Owen Pritchard",
        "Hi Sam,\n\nI unsubscribed from your job alerts months ago, but I'm glad this one reached "
        "me. Yes, let's\ntalk. Wednesday afternoon works.\n\nOwen",
        quote="apple",
        note=f"{S28}; 'I unsubscribed' in the past tense, then a yes",
    ),
    sms(
        "interested",
        "2028-08-03 21:15",
        "dont stop chasing me lol, Im just slow. yes interested",
        note=f"{S28}; 'don't stop', a yes",
    ),
    sms(
        "interested",
        "2028-08-09 10:02",
        "ignore the STOP I sent earlier, fat thumbs. I AM interested, call me",
        note=f"{S28}; takes back an earlier STOP: only the new text counts",
    ),
    email(
        "question",
        "2028-08-14 11:57",
        "Beatrix Lowe",
        "Hi Mia,\n\nQuick one: do you delete my data if I don't get the job, or keep it on file? "
        "Not a deal-breaker,\njust want to know before I send my portfolio.\n\nBea",
        quote="iphone",
        note=f"{S28}; asks whether data is deleted, does not ask to delete",
    ),
    sms(
        "question",
        "2028-08-17 18:30",
        "can they remove the salary cap? 140 is my floor",
        note=f"{S28}; 'remove' the salary cap",
    ),
    sms(
        "question",
        "2028-08-22 07:44",
        "does the ladder stop at senior or is there a path to staff+?",
        note=f"{S28}; 'stop' about a career ladder",
    ),
    email(
        "question",
        "2028-08-29 14:26",
        "Gideon Marsh",
        "Hi Dana,\n\nIf I bomb the take-home, am I removed from your talent pool for good, or can "
        "I reapply\nlater? Asking before I commit a weekend to it.\n\nGideon",
        quote="outlook",
        note=f"{S28}; asks whether he would be removed from the pool",
    ),
    sms(
        "not_now",
        "2028-09-05 12:12",
        "stop by again in march, mid-contract till then",
        date="2029-03-01",
        note=f"{S28}; 'stop by again in march'",
    ),
    email(
        "not_now",
        "2028-09-12 09:35",
        "Rosa Delgado",
        "Hi Sam,\n\nNo more interviews for me until after Easter, I'm already juggling two "
        "processes and a house\nmove. Please do come back then though.\n\nRosa",
        date="2029-04-03",
        note=f"{S28}; 'no more interviews until after Easter'",
    ),
    sms(
        "not_interested",
        "2028-09-19 20:41",
        "no more fintech roles for me thanks, done with payments",
        note=f"{S28}; 'no more fintech roles' is a no, not a stop",
    ),
    email(
        "not_interested",
        "2028-09-26 15:03",
        "Calvin Ashby",
        "Hi Dana,\n\nI'll never go back to on-call, so I'll pass on this one. Good luck filling "
        "it.\n\nCalvin",
        quote="android",
        note=f"{S28}; 'never' about on-call, a plain no",
    ),
    email(
        "referral",
        "2028-10-03 10:18",
        "Meera Joshi",
        "Wrong Meera I think, I'm in marketing! No need to delete anything, just write to my "
        "namesake at\nmeera.joshi.dev@gmail.com, we get each other's mail all the time.",
        quote="iphone",
        note=f"{S28}; wrong person pointing to the right one, 'no need to delete': referral",
    ),
    sms(
        "accepted_elsewhere",
        "2028-10-05 17:56",
        "stopped looking, signed with Fernway last week. thanks tho!",
        note=f"{S28}; 'stopped looking', signed elsewhere",
    ),
    sms(
        "opt_out",
        "2028-07-07 08:03",
        "dont text this number anymore",
        note=f"{S28}; one channel, short, no apostrophe",
    ),
    sms(
        "opt_out",
        "2028-07-20 13:30",
        "unsub me from the newsletter pls, but yes to the job itself, call me",
        note=f"{S28}; unsubscribe from the newsletter + yes to the job: opt_out by rule 1",
    ),
    email(
        "opt_out",
        "2028-08-07 19:47",
        "Patrick Doyle",
        "Hi Dana,\n\nI'm flattered, truly, but I've asked twice now. Please delete my details "
        "and let that be that.\n\nPatrick",
        note=f"{S28}; polite, delete my details",
    ),
    sms(
        "opt_out",
        "2028-08-24 22:05",
        "Who is this? Never gave this number to any recruiter. remove it",
        note=f"{S28}; never gave the number + remove it",
    ),
    email(
        "opt_out",
        "2028-09-07 08:52",
        "Sandra Kim",
        "This is my work address. Please don't write to me here. If I'm ever looking, I'll find "
        "you.",
        quote="outlook",
        note=f"{S28}; one channel: don't write to my work address",
    ),
    sms("opt_out", "2028-10-10 18:18", "ENOUGH. no more texts", note=f"{S28}; caps, no more texts"),
    email(
        "opt_out",
        "2028-10-24 12:34",
        "Arjun Mehta",
        "Hi Mia,\n\nThanks for the note, and for the persistence, I do admire it. I'll be honest "
        "though: I'd\nrather not be on anyone's outreach list at the moment, and I'd be grateful "
        "if you could make\nsure I'm not approached about future openings either.\n\nAll the "
        "best,\nArjun",
        quote="apple",
        note=f"{S28}; long, polite and oblique: not on anyone's outreach list",
    ),
    sms(
        "opt_out",
        "2028-11-07 09:41",
        "pls call my personal number instead, 07700 900 118, and stop using this one, its my "
        "work line",
        note=f"{S28}; moves channel AND asks to stop this number: opt_out",
    ),
    email(
        "opt_out",
        "2028-11-14 21:09",
        "Wendy Carr",
        "How many times?? I said NO in August. Wipe me from your CRM.",
        quote="iphone",
        note=f"{S28}; angry, wipe me from your CRM",
    ),
    email(
        "out_of_office",
        "2028-08-11 06:20",
        "Ethan Cole",
        "Thank you for your email. I am on leave and will not be checking messages until Monday "
        "21 August.\nMessages sent during my leave will not be forwarded; please resend after "
        "that date if still\nrelevant.",
        auto=True,
        quote="none",
        email="ethan.cole@brightmoor.example",
        date="2028-08-21",
        note=f"{S28}; automatic reply, 'will not be forwarded', back on a weekday and date",
    ),
    bounce(
        "2028-09-14 03:12",
        "l.farrant@haversham.example",
        "Delivery has failed to these recipients or groups:\n\n{rcpt}\nThe recipient's mailbox "
        "has been disabled and is no longer accepting messages.\n\nDiagnostic information for "
        "administrators:\n\nGenerating server: {host}",
        "5.2.1",
        "550 5.2.1 Mailbox disabled, not accepting messages",
        dsn="exchange",
        note=f"{S28}; exchange, mailbox disabled, 'no longer accepting'",
    ),
    sms(
        "wrong_person",
        "2028-10-17 11:26",
        "new number, who's this? never heard of a Jordan",
        note=f"{S28}; 'never' in a wrong number",
    ),
]

# ---------------------------------------------------------------- new writer s29
# A tenth writer's batch: stops asked for in many registers (polite, curt, legal, regional,
# buried after news, inside a referral, with an end, by SMS), yeses and questions that use
# stopping words, deferrals with written dates, and one of most other labels.
S29 = "new writer s29"
REPLIES += [
    email(
        "opt_out",
        "2028-12-05 14:18",
        "Kevin O'Brien",
        "Hi Sam,\n\nCongrats on the Lumen raise, saw it in the FT. Separately, and no offence "
        "meant, I'd like to be\ntaken off your distribution. I get three of these a week from "
        "your firm alone.\n\nRegards,\nKevin",
        quote="outlook-old",
        note=f"{S29}; buried after news: taken off your distribution",
    ),
    sms("opt_out", "2028-12-11 19:40", "unsuscribe pls", note=f"{S29}; misspelt unsubscribe"),
    email(
        "opt_out",
        "2029-01-08 15:05",
        "Deepak Raghavan",
        "Dear Mia,\n\nKindly remove my mobile number and email ID from your database. I have not "
        "applied for any\nposition with your firm.\n\nThanks and regards,\nDeepak Raghavan\n"
        "Sent from Yahoo Mail on Android",
        quote="android",
        note=f"{S29}; Indian English: kindly remove my number and email ID",
    ),
    email(
        "opt_out",
        "2029-01-16 17:31",
        "Fiona MacLeod",
        "Aye, sounds grand for someone, but I'm no interested and I'd ask you not to get in "
        "touch again.\nCheers",
        quote="iphone",
        note=f"{S29}; Scottish: I'd ask you not to get in touch again",
    ),
    sms(
        "opt_out",
        "2029-02-02 20:12",
        "4th text this week. this is harassment. one more and I report the number",
        note=f"{S29}; angry, no stop word: a threat to report",
    ),
    email(
        "opt_out",
        "2029-02-13 13:47",
        "Laura Bennett",
        "Dear Sir or Madam,\n\nUnder Article 21(2) GDPR I object to the processing of my personal "
        "data for direct marketing,\nwhich includes unsolicited recruitment outreach. Please "
        "confirm within one month that the\nprocessing has ceased.\n\nLaura Bennett",
        html="only",
        note=f"{S29}; legalistic: objection under Art. 21, no 'stop' or 'delete'; html only",
    ),
    email(
        "opt_out",
        "2029-03-06 16:22",
        "Tom Hargreaves",
        "Not me, but my old teammate Jess Arnott might bite: jess.arnott@fastmail.com.\n\nAs "
        "for me, please leave me off future sends.\n\nTom",
        quote="android",
        note=f"{S29}; a referral, then leave me off future sends: opt_out by rule 1",
    ),
    email(
        "opt_out",
        "2029-03-20 18:09",
        "Nadia Hussain",
        "Your unsubscribe link gives me a 404. Please treat this email as my unsubscribe request.",
        touch=-1,
        note=f"{S29}; broken link, this email is the request; quoted original says Reply STOP",
    ),
    email(
        "opt_out",
        "2029-04-10 14:55",
        "Brendan Walsh",
        "Hi Dana,\n\nCould you take me off your lists for the rest of the year? I'm heads-down on "
        "a launch. I'll\nreach out myself if anything changes.\n\nBrendan",
        quote="apple",
        note=f"{S29}; a removal with an end (rest of the year)",
    ),
    sms(
        "interested",
        "2028-12-07 18:44",
        "quit my job on friday so honestly perfect timing. when can we talk",
        note=f"{S29}; 'quit my job', a yes",
    ),
    email(
        "interested",
        "2028-12-14 15:36",
        "Alicia Moreno",
        "Hi Dana,\n\nStop right there, you had me at order pipeline. Is Thursday morning any good "
        "for a call?\n\nAlicia",
        note=f"{S29}; 'stop right there', a yes with a day",
    ),
    email(
        "question",
        "2029-01-10 14:02",
        "Rupert Ellis",
        "Hi Sam,\n\nCan I opt out of the on-call rota altogether, or is that non-negotiable for "
        "this team? If it's\noptional I'm very interested.\n\nRupert",
        quote="outlook",
        job=4,
        note=f"{S29}; 'opt out' of on-call",
    ),
    sms(
        "question",
        "2029-01-24 12:26",
        "yes but drop the 5 days in office and we have a deal. would 3 days work?",
        note=f"{S29}; 'drop' a condition, asks about office days",
    ),
    email(
        "interested",
        "2029-02-07 16:40",
        "Graham Fisher",
        "STOP is what I'd normally send back to these, but not this time. Yes, happy to talk. "
        "Mornings\nsuit me best.\n\nGraham",
        touch=-1,
        note=f"{S29}; 'STOP is what I'd normally send', a yes; quoted original says Reply STOP",
    ),
    email(
        "question",
        "2029-02-21 19:15",
        "Sunita Rao",
        "Hi Mia,\n\nBefore I say yes: who else sees my CV if I go ahead, and can I ask you to "
        "delete it afterwards\nif it doesn't work out?\n\nSunita",
        quote="iphone",
        note=f"{S29}; asks whether she may later ask for deletion: not a request now",
    ),
    sms(
        "interested",
        "2029-03-14 13:03",
        "no need to keep chasing, I'm in! send a calendar link",
        note=f"{S29}; 'no need to keep chasing', a yes",
    ),
    email(
        "not_now",
        "2028-12-19 17:50",
        "Martin Kowalski",
        "Hi Sam,\n\nI'm serving notice until 1/31, so please hold off until after that. Glad to "
        "pick it up then.\n\nMartin",
        date="2029-02-01",
        note=f"{S29}; 'hold off until after 1/31', US numeric date",
    ),
    sms(
        "not_now",
        "2029-01-29 21:20",
        "pls stop messaging till june, moving house + new baby. after that yes def",
        date="2029-07-01",
        note=f"{S29}; 'stop messaging till june' then a yes: a deferral, like 'no more calls "
        "until after Easter'; 'after that' is after June (README, dates; was 1 June)",
    ),
    email(
        "not_now",
        "2029-04-18 15:12",
        "Helen Drury",
        "Not this quarter, sorry, we're mid-reorg. Try me next quarter once the dust has settled.",
        quote="outlook",
        date="2029-07-01",
        note=f"{S29}; next quarter",
    ),
    sms("not_interested", "2028-12-20 18:05", "nah im good, happy where I am", note=f"{S29}; sms"),
    email(
        "not_interested",
        "2029-02-27 14:40",
        "Victor Lang",
        "Hi Mia,\n\nPlease withdraw me from the ML Engineer process. I've thought it over and the "
        "commute\nkills it.\n\nVictor",
        job=5,
        note=f"{S29}; withdraws from one process: about the role, not contact",
    ),
    email(
        "not_interested",
        "2029-05-02 16:58",
        "Colin Park",
        "A 'genuine fit', a design role, for someone who writes Go all day. Sure. No thanks.",
        quote="android",
        job=3,
        note=f"{S29}; sarcasm with a plain no",
    ),
    email(
        "referral",
        "2029-01-04 15:27",
        "Ifeoma Okeke",
        "Hi Dana,\n\nNot for me, but my brother-in-law Chidi runs a payments team and is quietly "
        "looking.\nchidi.nwosu@proton.me - tell him I sent you.\n\nIfeoma",
        job=2,
        note=f"{S29}; family referral with address",
    ),
    sms(
        "referral",
        "2029-03-27 17:33",
        "moved to product last yr but Kai from my old team would love this. "
        "kai.brennan@outlook.com",
        note=f"{S29}; sms referral",
    ),
    email(
        "wrong_person",
        "2029-02-15 16:16",
        "Jordan Price",
        "I think you've got the wrong Jordan Price. I teach geography at a secondary school in "
        "Leeds.",
        quote="iphone",
        note=f"{S29}; namesake",
    ),
    sms(
        "wrong_person",
        "2029-04-03 13:48",
        "wrong number mate, this is a plumbing firm",
        note=f"{S29}; sms, regional",
    ),
    email(
        "accepted_elsewhere",
        "2029-03-01 19:02",
        "Erin Calloway",
        "Hi Sam,\n\nThanks, but I signed an offer on Monday and start at Monzo on 4/2. Do keep me "
        "in mind in a\nyear or two!\n\nErin",
        note=f"{S29}; start date and 'keep me in mind' do not make it not_now",
    ),
    email(
        "out_of_office",
        "2028-12-22 08:30",
        "Paul Henderson",
        "I'm out of the office from December 22 until January 3 with limited access to email. "
        "For anything\nurgent please contact my colleague Jane Wu (jane.wu@harrowgate.example).",
        auto=True,
        quote="none",
        email="paul.henderson@harrowgate.example",
        date="2029-01-03",
        note=f"{S29}; automatic reply, names a colleague",
    ),
    email(
        "out_of_office",
        "2029-05-24 20:10",
        "Renee Castillo",
        "Out through Memorial Day, back in the office Tuesday 5/29. I'll get back to you then.",
        quote="none",
        email="rcastillo@brightline.example",
        date="2029-05-29",
        note=f"{S29}; notice-like absence without automatic headers, US numeric date",
    ),
    bounce(
        "2029-01-18 09:44",
        "m.ostrowski@gmail.com",
        "** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address "
        "couldn't be found, or is\nunable to receive mail.\n\nThe response was:\n\n550 5.1.1 "
        "The email account that you tried to reach does not exist.",
        "5.1.1",
        "550-5.1.1 The email account that you tried to reach does not exist.",
        dsn="gmail",
        note=f"{S29}; gmail, address not found",
    ),
]

# ---------------------------------------------------------------- new writer s29b
# An eleventh writer's batch: people deep in a thread (irritated or apologetic), writers for whom
# English is a second language, phone typing and autocorrect, answers to a voicemail or a LinkedIn
# nudge, assistants and partners answering for someone, people who already work at the hiring
# company, students and new graduates, one-line replies from senior people, HR and legal tones.
S29B = "new writer s29b"
REPLIES += [
    email(
        "opt_out",
        "2029-06-05 14:20",
        "Declan Moore",
        "Dana,\n\nThis is the third message about the same role since May. I didn't answer the "
        "first two because\nthe answer is no. Please make sure there isn't a fourth: take me off "
        "your list.\n\nDeclan",
        touch=1,
        note=f"{S29B}; deep in a thread, irritated: take me off your list",
    ),
    sms(
        "opt_out",
        "2029-06-12 21:03",
        "Pls take me off ur lost\n*list. stupid autocorrect",
        note=f"{S29B}; autocorrect 'lost' for list, corrected on a second line",
    ),
    sms(
        "opt_out",
        "2029-06-19 12:48",
        "Got your voicemail. Please don't leave any more on this number, it's my work phone and "
        "it plays on speaker at my desk. Not looking anyway",
        note=f"{S29B}; answers a voicemail: no more voicemails on this number",
    ),
    email(
        "opt_out",
        "2029-06-27 10:15",
        "Robert Whitfield",
        "Good morning,\n\nI look after Mr Whitfield's correspondence. He has asked me to let you "
        "know that he is not\nconsidering new roles and would prefer not to receive further "
        "approaches from your firm.\nPlease update your records accordingly.\n\nKind regards,\n\n"
        "Gillian Carter\nExecutive Assistant to Robert Whitfield, Chief Financial Officer",
        quote="outlook",
        email="robert.whitfield@whitfield-holdings.example",
        extra={"Sender": "Gillian Carter <g.carter@whitfield-holdings.example>"},
        note=f"{S29B}; an assistant writing from the executive's mailbox: no further approaches",
    ),
    email(
        "opt_out",
        "2029-07-03 16:40",
        "Ravi Menon",
        "Hi Dana,\n\nFunny one: I already work at Northwind, on the order pipeline team you're "
        "describing. Could you\ntake me off whatever sourcing list I'm on? I'd rather these "
        "didn't keep landing while I sit three\ndesks from the hiring manager.\n\nRavi",
        quote="outlook",
        job=0,
        note=f"{S29B}; already works at the hiring company: take me off the sourcing list",
    ),
    email(
        "opt_out",
        "2029-07-10 13:05",
        "Charles Ashworth",
        "Remove, please.",
        quote="iphone",
        note=f"{S29B}; very senior, one line",
    ),
    email(
        "opt_out",
        "2029-07-24 09:30",
        "Margaret Doyle",
        "Dear Mr Okafor,\n\nI am Head of People at Harrowgate Ltd. Over the past month several of "
        "our engineers have\nreceived unsolicited approaches from Northwind Talent at their "
        "Harrowgate addresses, and now\nme. Please cease contacting our employees at "
        "harrowgate.example addresses with immediate\neffect, and confirm that these addresses "
        "have been removed from your systems.\n\nYours sincerely,\nMargaret Doyle\nHead of "
        "People, Harrowgate Ltd",
        quote="outlook-old",
        html="plain",
        job=1,
        email="m.doyle@harrowgate.example",
        note=f"{S29B}; HR, for herself and her staff: cease contacting our work addresses",
    ),
    email(
        "opt_out",
        "2029-08-07 11:22",
        "Matteo Ricci",
        "Hello Sam,\n\nthank you for the message but I am not searching in this moment, I am good "
        "where I am. I would\nlike that you don't send me more mails about positions, please. "
        "Also for the future.\n\nBest regards\nMatteo",
        note=f"{S29B}; non-native English: 'I would like that you don't send me more mails'",
    ),
    email(
        "opt_out",
        "2029-08-21 18:10",
        "Chloe Nguyen",
        "Hi Mia,\n\nI graduated in June and I'm still getting recruiter emails from your agency at "
        "this uni address.\nCould you delete it from your system? It closes at the end of the "
        "month anyway, and I've just\nstarted on a grad scheme.\n\nThanks,\nChloe",
        email="c.nguyen21@students.brightwater.example",
        note=f"{S29B}; new graduate: delete my university address from your system",
    ),
    sms(
        "opt_out",
        "2029-09-04 19:55",
        "This is Dave's wife. He's not looking, he's very happy where he is. And please stop "
        "ringing the house phone, you woke the baby",
        note=f"{S29B}; a partner answers: stop ringing the house phone",
    ),
    email(
        "opt_out",
        "2029-09-18 12:30",
        "Aisha Bello",
        "Hi Sam,\n\nYes, I'm interested in the SRE role. One thing though: please don't write to "
        "my work address\nagain, our IT team reads flagged mail. Use aisha.bello.home@gmail.com "
        "from now on.\n\nAisha",
        quote="android",
        job=4,
        email="aisha.bello@corvid-systems.example",
        note=f"{S29B}; a yes, but don't write to my work address again: opt_out by the channel "
        "rule and rule 1",
    ),
    email(
        "interested",
        "2029-06-07 15:45",
        "Laura Kim",
        "Hi Dana,\n\nPlease don't stop here! I'm so sorry for the silence, your two emails "
        "arrived the week I was\nmoving flat and they sank. Yes, I'm interested, and Tuesday or "
        "Wednesday afternoon works.\n\nLaura",
        touch=2,
        note=f"{S29B}; deep in a thread, apologetic: 'please don't stop here' to our last nudge",
    ),
    sms(
        "interested",
        "2029-06-14 17:32",
        "got ur voicemail, sorry was driving!! yes def interested, call me back anytime after 5 "
        "today",
        note=f"{S29B}; answers a voicemail: a yes",
    ),
    email(
        "interested",
        "2029-06-25 11:08",
        "Ben Sutherland",
        "Hi Sam,\n\nReplying here rather than on LinkedIn because I deleted my account there last "
        "month (best\ndecision of the year). Yes, open to a chat about the Data Engineer role. "
        "Thursday?\n\nBen",
        quote="apple",
        job=1,
        note=f"{S29B}; 'deleted my account' on LinkedIn, a yes with a day",
    ),
    email(
        "question",
        "2029-07-12 14:14",
        "Olivia Grant",
        "Hi Sam,\n\nI already work at Northwind, on the warehouse systems side. Can I go through "
        "you for the SRE\nrole, or does it have to be internal mobility? And would the band be "
        "the same for an internal\nmove? Keen either way.\n\nOlivia",
        quote="outlook",
        job=4,
        note=f"{S29B}; already works at the hiring company: asks the route and the band",
    ),
    sms(
        "question",
        "2029-07-30 20:40",
        "im a final year student (graduating in dec). do u take new grads for this or should i "
        "stop applying to staff roles lol",
        note=f"{S29B}; student; 'should i stop applying' is about their own applications",
    ),
    email(
        "question",
        "2029-08-14 10:02",
        "Hassan Ali",
        "Hi Dana,\n\nInterested, yes. Quick question about the unsubscribe link at the bottom: "
        "does it take me off\nthis role only, or off everything? I want to keep hearing about "
        "remote backend roles.\n\nHassan",
        note=f"{S29B}; asks what the unsubscribe link does, wants to keep hearing",
    ),
    email(
        "question",
        "2029-08-28 16:20",
        "Victoria Hale",
        "Happy to talk. Never for under 280 base though. In range?",
        quote="iphone",
        job=2,
        note=f"{S29B}; senior, one line: 'never' sets a floor",
    ),
    email(
        "interested",
        "2029-09-11 09:48",
        "Kenji Watanabe",
        "Hello Dana,\n\nI am very interested. Please don't stop to write me about this role, I was "
        "on holidays two\nweeks and I see your mails only now. I can talk on Monday or Tuesday, "
        "any time.\n\nKind regards\nKenji",
        touch=1,
        note=f"{S29B}; non-native English: 'please don't stop to write me'",
    ),
    email(
        "not_now",
        "2029-07-05 13:00",
        "Samuel Osei",
        "Hi Mia,\n\nI'm finishing my master's thesis, the deadline is 9/14. Could you get back to "
        "me after that?\nI'd like to hear about it properly then.\n\nSamuel",
        date="2029-09-15",
        note=f"{S29B}; student, after 9/14 (US numeric): the day after",
    ),
    email(
        "not_now",
        "2029-10-02 15:30",
        "Priyanka Anand",
        "Good afternoon,\n\nI'm replying on Dr Anand's behalf: she is on sabbatical until January "
        "and has asked that\nrecruitment enquiries wait until then. Please write again in the "
        "new year.\n\nBest wishes,\nTom Reeves\nOffice of Dr Priyanka Anand",
        quote="outlook",
        date="2030-01-01",
        note=f"{S29B}; an assistant types an absence that puts it off: until January, in the new "
        "year",
    ),
    sms(
        "not_now",
        "2029-10-16 18:05",
        "cant talk rn, in the middle of moving house 📦 try me again in a couple weeks?",
        date="2029-10-30",
        note=f"{S29B}; a couple of weeks (+14)",
    ),
    email(
        "not_interested",
        "2029-10-09 07:55",
        "Jonathan Pryce",
        "Pass.\n\nJP",
        quote="iphone",
        note=f"{S29B}; very senior, one word",
    ),
    email(
        "not_interested",
        "2029-10-23 17:12",
        "Rachel Stone",
        "Sam,\n\nYou've now written three times. The answer to all three is no. I'm happy where "
        "I am.\n\nRachel",
        touch=1,
        note=f"{S29B}; deep in a thread, irritated, but a plain no without asking to stop",
    ),
    sms(
        "referral",
        "2029-11-06 13:15",
        "This is Marc's partner, this is my number now. He's got a new one: 07700 900412. He is "
        "looking actually so give him a ring",
        note=f"{S29B}; a partner points to the person's new number: referral by rule 4",
    ),
    email(
        "referral",
        "2029-11-13 10:40",
        "Elaine Brooks",
        "Not for me. Talk to Hannah Osei, runs our platform group, wants out. "
        "hannah.osei@proton.me\n\nE.",
        quote="iphone",
        note=f"{S29B}; senior, a one-line referral",
    ),
    sms(
        "wrong_person",
        "2029-11-20 12:02",
        "got a voicemail from you asking for someone called Priya. no Priya here, this number's "
        "been mine for 3 years",
        note=f"{S29B}; answers a voicemail: wrong number",
    ),
    email(
        "accepted_elsewhere",
        "2029-11-27 16:48",
        "Tom Fairley",
        "Hi Mia,\n\nThanks so much for thinking of me! I actually signed for a graduate ML role "
        "at Wayve last\nweek, starting in January, so I'm off the market. Good luck filling "
        "it.\n\nTom",
        job=5,
        note=f"{S29B}; new graduate, signed elsewhere, start month",
    ),
    email(
        "out_of_office",
        "2029-12-04 08:12",
        "Sophie Turnbull",
        "Thank you for your email. I'm on parental leave until 1/7/2030 and not monitoring this "
        "inbox.\nFor anything urgent, please contact engineering-office@kelda-energy.example.",
        auto=True,
        quote="none",
        email="sophie.turnbull@kelda-energy.example",
        date="2030-01-07",
        note=f"{S29B}; automatic reply, US numeric date 1/7/2030",
    ),
    bounce(
        "2029-12-11 10:25",
        "priya.sethi@yahoo.com",
        "This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your "
        "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "                   The mail system\n\n<{rcpt}>: host {host}[203.0.113.61] said: 552 "
        "5.2.2\n    <{rcpt}>: Mailbox full, over quota (in reply to RCPT TO command)",
        "5.2.2",
        "552 5.2.2 <priya.sethi@yahoo.com>: Mailbox full, over quota",
        html="alt",
        note=f"{S29B}; postfix report, mailbox full, with an html part",
    ),
]

# ---------------------------------------------------------------- new writer s30
# A twelfth writer's batch: voice-to-text dictation (no punctuation, misheard words, "period"
# spelt out), very terse senior people, older people writing formally and at length, young
# people's slang, shared team inboxes answering, people who quote one line of ours and answer
# under it, people worn down by the volume, regional idioms for "go away", polite but final
# refusals that ask for erasure in roundabout ways, and replies that hinge on one small word.
S30 = "new writer s30"
REPLIES += [
    sms(
        "opt_out",
        "2030-01-08 17:42",
        "hey Donna this is Mike Lawson I'm driving so using the voice thing please on subscribe me "
        "from these texts I'm not looking period thank you",
        note=f"{S30}; voice-to-text: 'on subscribe' for unsubscribe, 'Donna' for Dana, 'period' "
        "spelt out",
    ),
    email(
        "opt_out",
        "2030-01-15 10:05",
        "Geoffrey Hollis",
        "Dear Mr Okafor,\n\nI am in receipt of your message of last week concerning a position as "
        "a Data Engineer. I am\nflattered, if a little puzzled, as I retired in 2026 after "
        "thirty-one years in the profession, and\nmy days are now given over to the allotment and "
        "to my grandchildren.\n\nI should be most grateful if you would remove my name and "
        "particulars from your register, and\nrefrain from writing to me on this or any other "
        "matter in future. I trust you will understand that\nno discourtesy is intended.\n\n"
        "With kind regards,\n\nGeoffrey Hollis",
        quote="outlook-old",
        html="plain",
        job=1,
        note=f"{S30}; retired, formal and at length: remove my name and particulars, refrain "
        "from writing",
    ),
    email(
        "opt_out",
        "2030-01-22 06:58",
        "Catherine Vance",
        "Off your list pls.\n\nCV",
        quote="iphone",
        job=2,
        note=f"{S30}; very senior, four words",
    ),
    email(
        "opt_out",
        "2030-01-29 14:31",
        "Owen Pritchard",
        "> To stop all messages\n\nThis. All of them, email and phone.\n\nOwen",
        quote="none",
        note=f"{S30}; quotes our footer's stop line alone and answers under it",
    ),
    sms(
        "opt_out",
        "2030-02-05 09:12",
        "Fourth text this week about the same job. Give it a rest mate, and wipe this number "
        "while you're at it",
        note=f"{S30}; Australian, worn down by the volume: give it a rest, wipe this number",
    ),
    email(
        "opt_out",
        "2030-02-12 15:20",
        "Corvid Talent Team",
        "Hello,\n\nThis is the engineering-hiring shared inbox at Corvid Systems, read by four of "
        "us on rotation.\nThere is no Jordan here; this address only receives applications to our "
        "own roles. Please remove\nit from your outreach lists, as anything sent here just "
        "clutters our queue.\n\nThanks,\nCorvid Systems Talent Team",
        quote="outlook",
        email="engineering-hiring@corvid-systems.example",
        note=f"{S30}; a shared team inbox: remove this address from your lists",
    ),
    sms(
        "opt_out",
        "2030-02-19 21:47",
        "nah im good fr 😭 stop hmu pls, like genuinely",
        note=f"{S30}; young person's slang: stop hmu (hitting me up)",
    ),
    email(
        "opt_out",
        "2030-02-26 11:40",
        "Helen Marsh",
        "Hi Mia,\n\nThank you, truly, for thinking of me. I've given it honest thought and it's a "
        "no, and it will\nstay a no. I'd be grateful if this could be the last of these, and if "
        "whatever notes you keep on\nme could quietly go the way of old paperwork.\n\nWarmly,\n"
        "Helen",
        quote="apple",
        note=f"{S30}; polite but final: 'the last of these', notes to 'go the way of old "
        "paperwork'",
    ),
    email(
        "opt_out",
        "2030-03-05 16:02",
        "Mark Delaney",
        "> I haven't heard back, so I'll assume the timing isn't right and stop here.\n\nPlease "
        "do.\n\nMark",
        touch=2,
        note=f"{S30}; quotes our last line 'stop here' and answers 'Please do.': hinges on 'do'",
    ),
    email(
        "interested",
        "2030-01-10 12:25",
        "Nadia Rahman",
        "> I haven't heard back, so I'll assume the timing isn't right and stop here.\n\nDon't! "
        "The timing is suddenly perfect, I handed in my notice on Friday. Any afternoon this\nweek "
        "works for a call.\n\nNadia",
        touch=2,
        note=f"{S30}; quotes our 'stop here' and answers 'Don't!': a yes",
    ),
    sms(
        "interested",
        "2030-01-24 18:03",
        "Stop the presses, an actual remote staff role?? Yes. Call me after 6",
        note=f"{S30}; 'stop the presses', a yes",
    ),
    email(
        "interested",
        "2030-02-07 07:15",
        "Philip Ashdown",
        "Yes. Thu or Fri, 20 min, before 9.\n\nPA",
        quote="iphone",
        job=2,
        note=f"{S30}; very senior, a yes in one line with slots",
    ),
    sms(
        "interested",
        "2030-02-21 17:55",
        "yeah hi this is Tom voice texting from the car don't take me off the list I just been "
        "busy yes interested call me tomorrow after 4",
        note=f"{S30}; voice-to-text: 'don't take me off the list', a yes with a time to talk",
    ),
    email(
        "question",
        "2030-01-17 13:48",
        "Gareth Lewis",
        "Hi Dana,\n\nNever thought I'd hear from Northwind again after the 2027 interview loop, "
        "ha. Is this the same\nteam? And what's the band for Staff these days?\n\nGareth",
        job=0,
        note=f"{S30}; 'never' in passing; asks the team and the band",
    ),
    email(
        "question",
        "2030-01-31 10:10",
        "Isabel Cortez",
        "Hi Sam,\n\nCould you remove the 'Senior' from that title for me? :) I have four years in "
        "data engineering,\nmostly Spark and dbt. Would they consider someone at that level, or "
        "is it firm?\n\nIsabel",
        quote="outlook",
        job=1,
        html="only",
        note=f"{S30}; 'remove the Senior' from the title: asks whether the level is firm; "
        "html-only",
    ),
    sms(
        "question",
        "2030-02-14 19:30",
        "ok no cap this sounds sick. is it fully remote tho or do i gotta leave london",
        note=f"{S30}; young person's slang, 'leave london': asks about remote",
    ),
    email(
        "question",
        "2030-02-28 12:50",
        "Edmund Blake",
        "Dear Ms Chen,\n\nI very nearly pressed the unsubscribe link out of habit, as I receive a "
        "great many of these\nmessages, but I am glad I read yours first. Might I ask whether the "
        "position is open to someone\nwho would need to work from Edinburgh, and what the "
        "interview process involves?\n\nYours sincerely,\nEdmund Blake",
        quote="outlook-old",
        cte="quoted-printable",
        note=f"{S30}; formal; nearly unsubscribed out of habit, asks location and process",
    ),
    email(
        "not_now",
        "2030-03-12 09:35",
        "Raymond Price",
        "Dear Ms Chen,\n\nThank you for your kind letter. I am at present nursing my wife through "
        "her recovery from an\noperation, and I cannot consider anything until the summer is "
        "behind us. If you would be so good\nas to write again in September, I should be glad to "
        "hear of it then.\n\nYours sincerely,\nRaymond Price",
        quote="outlook-old",
        html="plain",
        date="2030-09-01",
        note=f"{S30}; older, formal: write again in September",
    ),
    sms(
        "not_now",
        "2030-04-02 14:14",
        "hi Sam cant talk now I'm on paternity leave till the middle of May text me then thanks",
        date="2030-05-15",
        note=f"{S30}; voice-to-text: leave typed by hand, till the middle of May (15th)",
    ),
    email(
        "not_now",
        "2030-05-14 08:05",
        "Diane Kowalski",
        "After Q3. Not before.\n\nDK",
        quote="iphone",
        job=2,
        date="2030-10-01",
        note=f"{S30}; very senior: 'after Q3', 'not before' puts it off",
    ),
    email(
        "not_interested",
        "2030-03-19 15:40",
        "Andrew Fenwick",
        "Four emails, Dana. I've read all four. It's still no.",
        touch=1,
        quote="android",
        note=f"{S30}; worn down by the volume, but a plain no without asking to stop",
    ),
    sms(
        "not_interested",
        "2030-04-09 20:20",
        "appreciate it but nah, im staying put",
        note=f"{S30}; young person, a plain no",
    ),
    email(
        "referral",
        "2030-03-26 11:15",
        "Brightline Platform Team",
        "Hi Sam,\n\nThis is the platform team's shared inbox at Brightline, so nobody in "
        "particular reads it. None\nof us are looking, but our former lead Kofi Mensah left last "
        "month and is. His personal email is\nkofi.mensah@fastmail.com.\n\nBrightline Platform",
        quote="outlook",
        job=4,
        email="platform-team@brightline.example",
        note=f"{S30}; a shared team inbox points to a former lead",
    ),
    sms(
        "referral",
        "2030-04-16 13:05",
        "this is Ana I'm not looking but my brother Luis is he's a back end guy his number is 512 "
        "555 0143",
        note=f"{S30}; voice-to-text, no punctuation: points to a brother",
    ),
    email(
        "wrong_person",
        "2030-04-23 10:30",
        "Margaret Ellis",
        "Dear Sir or Madam,\n\nI believe your message has reached me in error. I am a retired "
        "schoolteacher in Shropshire\nand have never designed anything more complicated than a "
        "timetable. Perhaps there is another\nMargaret Ellis you were hoping to reach.\n\nYours "
        "faithfully,\nMargaret Ellis",
        quote="outlook-old",
        html="plain",
        job=3,
        note=f"{S30}; older, formal: a namesake",
    ),
    sms(
        "wrong_person",
        "2030-05-07 16:45",
        "wrong number bro, not a designer. i sell cars",
        note=f"{S30}; wrong number",
    ),
    email(
        "accepted_elsewhere",
        "2030-05-21 07:40",
        "Victor Hayes",
        "Signed with Stripe Monday. Thanks.",
        quote="iphone",
        note=f"{S30}; very senior, signed elsewhere",
    ),
    email(
        "accepted_elsewhere",
        "2030-06-04 18:25",
        "Jess Okonkwo",
        "Hi Mia!\n\nJust accepted an offer at Monzo, I start in July. Leave this one for someone "
        "who needs it :)\n\nJess",
        quote="android",
        note=f"{S30}; 'leave this one for someone': accepted elsewhere",
    ),
    email(
        "out_of_office",
        "2030-03-11 13:00",
        "Alan Whitcombe",
        "Thank you for your message. I am travelling with limited access to email until Monday, "
        "March 18.\nYour message will not be forwarded.",
        auto=True,
        quote="none",
        email="a.whitcombe@kestrel-energy.example",
        date="2030-03-18",
        note=f"{S30}; automatic reply, until Monday, March 18",
    ),
    email(
        "out_of_office",
        "2030-06-28 09:50",
        "Brightline Platform Team",
        "Thanks for writing to the Platform team. We are at our offsite until July 8 and this "
        "inbox will be\nchecked again from then. For production incidents, page the on-call "
        "engineer.",
        auto=True,
        quote="none",
        email="platform-team@brightline.example",
        date="2030-07-08",
        note=f"{S30}; a shared team inbox's automatic reply, until July 8",
    ),
]

# ---------------------------------------------------------------- new writer s30b
# A thirteenth writer's batch: people writing English as a second or shared language (Indian
# and Nigerian English: "kindly do the needful", "please I am not interested"), one- to
# four-word answers, emoji-heavy texts, long personal stories that end in one decisive line,
# people who answer about WhatsApp or LinkedIn in an email, people who reply to the wrong
# message in the thread, a recruiter's former colleagues bantering, people on the road
# replying in fragments, people angry about how their data was obtained, a question and a
# stop in one message, and replies that hinge on the scope of a negation ("not now, not ever").
S30B = "new writer s30b"
REPLIES += [
    sms(
        "opt_out",
        "2030-08-05 14:22",
        "Good afternoon. Please I am not interested in any job offer at this time. Kindly stop "
        "sending me messages on this line, I will be very grateful. God bless.",
        note=f"{S30B}; Nigerian English: 'please I am not interested', kindly stop sending "
        "messages on this line",
    ),
    email(
        "opt_out",
        "2030-08-12 09:40",
        "Venkatesh Iyer",
        "Dear Sam,\n\nGreetings of the day.\n\nI am not looking for change. Kindly do the "
        "needful and remove my profile and contact\nnumber from your database at the "
        "earliest.\n\nThanks & Regards,\nVenkatesh Iyer\nSenior Data Engineer",
        quote="outlook",
        job=1,
        note=f"{S30B}; Indian English: 'kindly do the needful and remove my profile'",
    ),
    email(
        "opt_out",
        "2030-08-19 16:05",
        "Ren Nakamura",
        "Hi Dana,\n\nI've never applied to Northwind, never uploaded a CV anywhere, and this "
        "Gmail address isn't on\nLinkedIn or GitHub. So who sold it to you? I'd like an answer. "
        "Then I'd like it deleted, along\nwith whatever else you scraped about me, and I don't "
        "want to hear from you again.\n\nRen Nakamura",
        quote="gmail",
        job=0,
        note=f"{S30B}; angry about how the address was obtained: asks who sold it, then "
        "delete it (a question and a stop)",
    ),
    sms(
        "opt_out",
        "2030-08-26 18:31",
        "🙅‍♀️🙅‍♀️🙅‍♀️ no thank u!! pls stop the texts 🙏🙏 have a good one ☀️",
        note=f"{S30B}; emoji-heavy: pls stop the texts",
    ),
    email(
        "opt_out",
        "2030-09-02 13:15",
        "Grace Adeyemi",
        "Hi Mia,\n\nYou've also been messaging me on WhatsApp and on LinkedIn about this same "
        "role. Please stop the\nWhatsApp messages: that's my family phone and my kids see the "
        "notifications. If something else\never comes up, email is fine.\n\nGrace",
        quote="apple",
        job=3,
        note=f"{S30B}; answers about WhatsApp in an email: stop one channel (email is fine)",
    ),
    email(
        "opt_out",
        "2030-09-09 20:10",
        "Ben Hargreaves",
        "Hi Sam,\n\nFunny timing. Two years ago I'd have jumped at this. Then my dad got sick, "
        "I moved back to Ohio,\nand I started fixing up furniture in his garage to keep my "
        "hands busy. Somewhere between the\nthird table and the first paying customer I "
        "realised I don't miss shipping code at 2am one bit.\nThe shop makes about half what I "
        "used to and I've never slept better. Dad's doing fine now, too.\n\nSo, with thanks: "
        "please take me off your lists for good.\n\nBen",
        quote="gmail",
        job=1,
        cte="base64",
        note=f"{S30B}; a long personal story ending in one decisive line: take me off your "
        "lists for good; base64",
    ),
    email(
        "opt_out",
        "2030-09-16 17:45",
        "Tobi Adewale",
        "Dana Reyes, as I live and breathe! Last time I saw you, you were losing to me at "
        "office ping-pong.\nRecruiting suits you.\n\nBut you know me, I'm a lifer here. Do me a "
        "favour and drop me from the outreach\nlist so the automated follow-ups stop landing, "
        "and let's get that beer instead.\n\nTobi",
        quote="android",
        job=0,
        note=f"{S30B}; the recruiter's former colleague, banter, then: drop me from the "
        "outreach list",
    ),
    sms(
        "opt_out",
        "2030-09-23 21:02",
        "who gave u this number?? its my personal one. delete it and dont text me again",
        note=f"{S30B}; a question and a stop in one text: who gave you this number, delete it",
    ),
    email(
        "opt_out",
        "2030-09-30 07:55",
        "Miriam Shaw",
        "Not now, not next year, not ever. Remove me.",
        quote="iphone",
        job=2,
        note=f"{S30B}; negation scope: 'not now, not ever', then remove me",
    ),
    sms(
        "interested",
        "2030-08-07 19:40",
        "🔥🔥🔥 yesss 🙌🙌 call me tmrw after 5 📞",
        note=f"{S30B}; emoji-heavy yes with a time to talk",
    ),
    email(
        "interested",
        "2030-08-21 15:25",
        "Laura Brennan",
        "Hi Dana,\n\nSorry, please ignore the 'unsubscribe' I sent this morning, I hit reply on "
        "the wrong email\n(it was meant for a webinar mailing list). This one I'm very much "
        "interested in! I'm free\nThursday or Friday afternoon for a call.\n\nLaura",
        quote="gmail",
        job=0,
        html="only",
        note=f"{S30B}; the stop she sent went to the wrong message: takes it back, a yes; "
        "html-only",
    ),
    email(
        "interested",
        "2030-09-04 11:05",
        "Ankita Deshpande",
        "Dear Mia,\n\nI am interested for this opportunity. Please don't delete my profile, I "
        "was travelling and\ncould not revert earlier. Kindly let me know a convenient time to "
        "connect over call.\n\nRegards,\nAnkita",
        quote="outlook",
        job=5,
        note=f"{S30B}; Indian English: 'please don't delete my profile', 'could not revert', a yes",
    ),
    email(
        "interested",
        "2030-09-18 12:48",
        "Marcus Webb",
        "At the airport. Yes, interested. Never had a shot at Staff before so: yes. Call Mon?",
        quote="iphone",
        job=0,
        note=f"{S30B}; on the road, in fragments: 'never had a shot', a yes with a day",
    ),
    sms(
        "question",
        "2030-08-14 17:20",
        "stop right there, 40k parcels a day is real?? whats the stack and whats the pay",
        note=f"{S30B}; 'stop right there': asks the stack and the pay",
    ),
    email(
        "question",
        "2030-08-28 10:30",
        "Chinedu Okeke",
        "Good day Sam,\n\nThank you for the message. I nearly deleted it with the other job "
        "alerts, but please is this\nrole open to candidates based in Lagos, and is it fully "
        "remote?\n\nRegards,\nChinedu",
        quote="gmail",
        job=1,
        note=f"{S30B}; Nigerian English: 'nearly deleted it', asks location and remote",
    ),
    email(
        "question",
        "2030-09-11 14:40",
        "Hana Petrovic",
        "Hi Dana,\n\nQuick one before anything else: where did you get this address? I only "
        "use it for GitHub.\nNot upset, genuinely curious. And is the role remote, or would I "
        "have to leave Zagreb?\n\nHana",
        quote="apple",
        job=0,
        note=f"{S30B}; asks where the address came from (no stop) and whether she must leave "
        "her city",
    ),
    email(
        "question",
        "2030-09-25 19:15",
        "Paul Osei",
        "Hi Sam,\n\nBit of background first. I left the industry in 2027 to look after my "
        "mother, who passed in\nthe spring. I've kept my hand in with open source (mostly "
        "Airflow plugins), but I've had no\nmore than that for three years. I'm ready to go "
        "back now.\n\nWould Lumen consider someone returning after a career break like that?"
        "\n\nPaul",
        quote="outlook-old",
        job=1,
        html="plain",
        note=f"{S30B}; a long story ending in a question; 'left', 'no more than that'",
    ),
    email(
        "not_now",
        "2030-09-10 08:35",
        "Karthik Raman",
        "Hi Sam,\n\nThanks for reaching. Currently I am in the middle of a release and cannot "
        "move till next month\nend. Please connect after that, I will be happy to discuss.\n\n"
        "Regards,\nKarthik",
        quote="outlook",
        job=1,
        date="2030-11-01",
        note=f"{S30B}; Indian English: 'till next month end' (end of October: 1 November)",
    ),
    sms(
        "not_now",
        "2030-10-14 20:45",
        "not now but not never either 😅 try me after christmas",
        date="2031-01-02",
        note=f"{S30B}; negation scope: 'not now but not never', after Christmas",
    ),
    email(
        "not_now",
        "2030-11-04 16:50",
        "Devon Price",
        "On the road till the 20th. Ping me after.\n\nD",
        quote="iphone",
        job=4,
        date="2030-11-21",
        note=f"{S30B}; on the road, in fragments: after the 20th (the day after)",
    ),
    sms(
        "not_interested",
        "2030-08-19 12:10",
        "nope",
        note=f"{S30B}; one word",
    ),
    email(
        "not_interested",
        "2030-10-07 13:35",
        "Sandra Holt",
        "Not now, not ever, Dana. I'm happy where I am. Good luck with the search.",
        quote="gmail",
        job=0,
        note=f"{S30B}; negation scope: 'not now, not ever' is a plain no, without asking to stop",
    ),
    email(
        "not_interested",
        "2030-10-21 18:20",
        "Jake Morrison",
        "Sam! Ha, you went over to the dark side. Congrats on the new gig.\n\nI'm staying put, "
        "but lunch is on me next time you're in Denver.\n\nJake",
        quote="android",
        job=1,
        note=f"{S30B}; the recruiter's former colleague, banter, a no",
    ),
    email(
        "referral",
        "2030-10-02 09:05",
        "Ifeoma Obi",
        "Good morning.\n\nI am not available, but my younger brother Emeka is a backend "
        "developer and very hardworking.\nHis email is emeka.obi@gmail.com. Please contact "
        "him.\n\nThank you.",
        quote="gmail",
        job=0,
        note=f"{S30B}; Nigerian English: points to a brother",
    ),
    sms(
        "referral",
        "2030-10-28 17:30",
        "not me but my ex teammate priya is looking, find her on linkedin as priya-venkat",
        note=f"{S30B}; points to a former teammate on LinkedIn",
    ),
    sms(
        "wrong_person",
        "2030-11-11 15:15",
        "wrong number 🤷‍♀️ im a nurse lol",
        note=f"{S30B}; emoji, wrong number",
    ),
    email(
        "accepted_elsewhere",
        "2030-11-18 22:05",
        "Ollie Grant",
        "Just signed w/ Shopify. Thx tho.",
        quote="iphone",
        note=f"{S30B}; on the road, fragments: signed elsewhere",
    ),
    email(
        "out_of_office",
        "2030-10-15 10:20",
        "Meera Krishnan",
        "Dear Sender,\n\nI am on annual leave till 28th October 2030 with no access to mails. "
        "For urgent matters kindly\ncontact my manager at rahul.menon@tessellate-tech.example."
        "\n\nThanks & Regards,\nMeera",
        auto=True,
        quote="none",
        email="meera.krishnan@tessellate-tech.example",
        date="2030-10-28",
        note=f"{S30B}; automatic reply, Indian English: on annual leave till 28th October",
    ),
    email(
        "out_of_office",
        "2030-11-26 14:00",
        "Luke Fairbanks",
        "I'm out of the office until Monday, December 2, with limited access to email. I'll "
        "reply when I'm back.",
        auto=True,
        quote="none",
        email="luke.fairbanks@harbor-freight-tech.example",
        date="2030-12-02",
        note=f"{S30B}; automatic reply, until Monday, December 2",
    ),
    bounce(
        "2030-12-03 11:30",
        "d.ashworth@gmail.com",
        "** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address "
        "couldn't be found, or is unable to receive mail.\n\nThe response was:\n\n550 5.1.1 The "
        "email account that you tried to reach does not exist.",
        "5.1.1",
        "550-5.1.1 The email account that you tried to reach does not exist.",
        dsn="gmail",
        note=f"{S30B}; gmail notice, address not found",
    ),
]
