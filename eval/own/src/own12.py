# Moscow Times-style page with a wire story on mobilization: Russian conscription decree, Ukrainian brigades, North Korean troops.
from _lab import *

PUB = "2025-09-30"
META = {"id": "own12", "url": "https://www.themoscowtimes.example/2025/09/30/putin-orders-autumn-call-up-a90714",
        "retrieved_at": "2025-10-01"}
TITLE = "Putin Orders Autumn Call-Up of 135,000 Conscripts"
PUBLISHED = PUB
BYLINE = "Reuters"

TEXT = """
The Moscow Times
Independent News From Russia
News
Opinion
Business
Arts and Life
Russia's War in Ukraine
Putin Orders Autumn Call-Up of 135,000 Conscripts
Sept. 30, 2025
Reuters
Conscripts at a recruitment center in St. Petersburg. Anton Vaganov / TASS
¶Russian President Vladimir Putin on Tuesday signed a decree calling up 135,000 men for compulsory military service this autumn, according to a document published on the government's legal information portal.
¶The call-up, which runs from Oct. 1 to Dec. 31, covers men aged 18 to 30.
¶Vice Admiral Vladimir Tsimlyansky of the General Staff said the conscripts would not be sent to the Kherson, Zaporizhzhia, Donetsk and Luhansk regions, which Moscow claims to have annexed.
¶Russia's spring draft called up 160,000 men, the largest number in more than a decade.
¶In Ukraine, parliament voted on Tuesday to extend martial law and general mobilization by another 90 days, until February 2026.
¶Ukraine's Defense Ministry said last week it had formed 14 new brigades since the beginning of the year and was equipping them with Western armored vehicles.
¶South Korea's spy agency said on Monday that North Korea had sent about 6,000 more troops and military construction workers to Russia's Kursk region. Moscow and Pyongyang have not commented on the report.
¶Ukraine's military intelligence agency has estimated that between 10,000 and 12,000 North Korean soldiers are now deployed in the region.
¶Kyiv estimates that Russia recruits about 30,000 contract soldiers a month.
Support The Moscow Times!
Contribute today
We are facing unprecedented challenges. Russia's Prosecutor General's Office has designated The Moscow Times as an "undesirable" organization.
Read more
Central Bank Holds Key Rate at 17%
Moscow Metro Opens Three New Stations
"""

DECREE = ("a document published on the government's legal information portal", "Government of Russia", "RU")
TSIM = ("Vice Admiral Vladimir Tsimlyansky of the General Staff", "Vladimir Tsimlyansky", "RU")
MT = (None, "Reuters", "media")
RADA = ("parliament", "Verkhovna Rada of Ukraine", "UA")
UAMOD = ("Ukraine's Defense Ministry", "Ministry of Defence of Ukraine", "UA")
NIS = ("South Korea's spy agency", "National Intelligence Service of South Korea", "third_party")
KYIV = ("Kyiv", "Ukraine", "UA")
HUR = ("Ukraine's military intelligence agency", "Defence Intelligence of Ukraine", "UA")

AUTUMN = T("this autumn", "2025-10-01", "2025-12-31", "month")
EV_TS = ("Vice Admiral Vladimir Tsimlyansky of the General Staff said the conscripts would not be sent to the Kherson, Zaporizhzhia, "
         "Donetsk and Luhansk regions, which Moscow claims to have annexed.")
REG = "the Kherson, Zaporizhzhia, Donetsk and Luhansk regions"
ANNEXED = [("Kherson Oblast", "UA-65"), ("Zaporizhzhia Oblast", "UA-23"), ("Donetsk Oblast", "UA-14"), ("Luhansk Oblast", "UA-09")]

CLAIMS = [
    C("mobilization", DECREE,
      "Russian President Vladimir Putin on Tuesday signed a decree calling up 135,000 men for compulsory military service this autumn, according to a document published on the government's legal information portal.",
      actor="RU", q=[Q("other", "person", 135000, category="military")], place=RUSSIA(None), time=AUTUMN, modality="planned"),
] + [
    C("mobilization", TSIM, EV_TS, actor="RU", place=P(REG, name, "UA", code, "region"), time=AUTUMN, modality="negated")
    for name, code in ANNEXED
] + [
    C("mobilization", MT, "Russia's spring draft called up 160,000 men, the largest number in more than a decade.",
      actor="RU", q=[Q("other", "person", 160000, category="military")], place=RUSSIA(None),
      time=T("spring", "2025-04-01", "2025-07-15", "month")),
    C("mobilization", RADA,
      "In Ukraine, parliament voted on Tuesday to extend martial law and general mobilization by another 90 days, until February 2026.",
      actor="UA", place=UKRAINE(), time=T("until February 2026", PUB, "2026-02-28", "month"), modality="planned"),
    C("mobilization", UAMOD,
      "Ukraine's Defense Ministry said last week it had formed 14 new brigades since the beginning of the year and was equipping them with Western armored vehicles.",
      actor="UA", q=[Q("other", "other", 14)], time=T("since the beginning of the year", "2025-01-01", PUB, "year")),
    C("mobilization", NIS,
      "South Korea's spy agency said on Monday that North Korea had sent about 6,000 more troops and military construction workers to Russia's Kursk region. Moscow and Pyongyang have not commented on the report.",
      actor="third_party", q=[Q("other", "person", 6000, "about", "military")],
      place=P("Russia's Kursk region", "Kursk Oblast", "RU", "RU-KRS", "region"), status="unconfirmed"),
    C("mobilization", HUR,
      "Ukraine's military intelligence agency has estimated that between 10,000 and 12,000 North Korean soldiers are now deployed in the region.",
      actor="third_party", q=[Q("other", "person", 10000, "at_least", "military"), Q("other", "person", 12000, "at_most", "military")],
      place=P("the region", "Kursk Oblast", "RU", "RU-KRS", "region")),
    C("mobilization", KYIV, "Kyiv estimates that Russia recruits about 30,000 contract soldiers a month.",
      actor="RU", q=[Q("other", "person", 30000, "about", "military")]),
]

AIRWATCH = None
