# Euronews-style report on captured soldiers (Kursk incursion), detained civilians, both sides' claims.
from _lab import *

PUB = "2024-08-22"
META = {"id": "own15", "url": "https://www.euronews.example/2024/08/22/ukraine-says-it-captured-27-russian-soldiers-in-kursk-region",
        "retrieved_at": "2024-08-23T00:05:51+00:00"}
TITLE = "Ukraine says it captured 27 Russian soldiers in Kursk region, including conscripts"
PUBLISHED = PUB
BYLINE = "Euronews with AP, AFP"

TEXT = """
euronews.
Europe
World
Business
Green
Next
Travel
Culture
Video
Ukraine says it captured 27 Russian soldiers in Kursk region, including conscripts
By Euronews with AP, AFP
Published on 22/08/2024 - 16:40 GMT+2
Share this article
Comments
Copy/paste the article video embed link below:
Copy
¶Ukrainian forces captured 27 Russian soldiers, most of them conscripts, during fighting in Russia's Kursk region over the past two days, President Volodymyr Zelenskyy said on Thursday.
¶"Our exchange fund is being replenished," Zelenskyy said in a video address, referring to Kyiv's hopes of swapping the captured troops for Ukrainian prisoners of war.
¶Ukraine's commander-in-chief, Oleksandr Syrskyi, said this week that Ukrainian forces controlled 1,150 square kilometres of Russian territory and 82 settlements in the Kursk region.
¶Russia's Defence Ministry said on Thursday its forces had repelled Ukrainian attacks near the villages of Korenevo, Malaya Loknya and Martynovka and had taken 11 Ukrainian servicemen prisoner.
¶The ministry also said Ukraine had lost up to 270 troops in the Kursk direction over the past day.
¶Russia's human rights commissioner, Tatyana Moskalkova, said 46 residents of the Kursk region were missing after the Ukrainian incursion and that she had raised the issue with her Ukrainian counterpart.
¶Ukraine's ombudsman Dmytro Lubinets said on Wednesday that Russian forces had detained and deported to Russia 14 residents of border villages in the Sumy region since the start of the summer.
¶The Kursk operation, launched on 6 August, is the largest attack on Russian territory by a foreign army since World War II.
Share this article
Comments
More from world
Wildfire near Athens forces thousands to evacuate
Euronews is the most watched news channel in Europe
"""

ZEL = ("President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UA")
ZEL2 = ("Zelenskyy", "Volodymyr Zelenskyy", "UA")
SYR = ("Ukraine's commander-in-chief, Oleksandr Syrskyi", "Oleksandr Syrskyi", "UA")
RUMOD = ("Russia's Defence Ministry", "Russian Ministry of Defence", "RU")
RUMOD2 = ("The ministry", "Russian Ministry of Defence", "RU")
MOSK = ("Russia's human rights commissioner, Tatyana Moskalkova", "Tatyana Moskalkova", "RU")
LUB = ("Ukraine's ombudsman Dmytro Lubinets", "Dmytro Lubinets", "UA")
EN = (None, "Euronews", "media")

KURSK = P("Russia's Kursk region", "Kursk Oblast", "RU", "RU-KRS", "region")
TWO_DAYS = T("over the past two days", "2024-08-20", "2024-08-22", "day")
EV1 = ("Ukrainian forces captured 27 Russian soldiers, most of them conscripts, during fighting in Russia's Kursk region over the "
       "past two days, President Volodymyr Zelenskyy said on Thursday.")
EV_RU = ("Russia's Defence Ministry said on Thursday its forces had repelled Ukrainian attacks near the villages of Korenevo, "
         "Malaya Loknya and Martynovka and had taken 11 Ukrainian servicemen prisoner.")
VILLAGES = ["Korenevo", "Malaya Loknya", "Martynovka"]
THU = weekday("on Thursday", "Thursday", PUB)

CLAIMS = [
    C("capture", ZEL, EV1, actor="UA", target="RU", q=[Q("captured", "person", 27, category="military")], place=KURSK, time=TWO_DAYS),
    C("ground_combat", ZEL, EV1, actor="UA", target="RU", place=KURSK, time=TWO_DAYS),
    C("prisoner_exchange", ZEL2,
      "\"Our exchange fund is being replenished,\" Zelenskyy said in a video address, referring to Kyiv's hopes of swapping the captured troops for Ukrainian prisoners of war.",
      modality="hypothetical"),
    C("territorial_change", SYR,
      "Ukraine's commander-in-chief, Oleksandr Syrskyi, said this week that Ukrainian forces controlled 1,150 square kilometres of Russian territory and 82 settlements in the Kursk region.",
      actor="UA", target="RU", q=[Q("area", "km2", 1150), Q("captured", "settlement", 82)],
      place=P("the Kursk region", "Kursk Oblast", "RU", "RU-KRS", "region")),
] + [
    C("ground_combat", RUMOD, EV_RU, actor="UA", target="RU", place=P(v, v, "RU", "RU-KRS", "settlement"), time=THU)
    for v in VILLAGES
] + [
    C("capture", RUMOD, EV_RU, actor="RU", target="UA", q=[Q("captured", "person", 11, category="military")], time=THU),
    C("casualties", RUMOD2, "The ministry also said Ukraine had lost up to 270 troops in the Kursk direction over the past day.",
      actor="RU", target="UA", q=[Q("other", "person", 270, "at_most", "military")],
      place=P("the Kursk direction", "Kursk", "RU", "RU-KRS", "district"), time=T("over the past day", "2024-08-21", "2024-08-22", "day")),
    C("casualties", MOSK,
      "Russia's human rights commissioner, Tatyana Moskalkova, said 46 residents of the Kursk region were missing after the Ukrainian incursion and that she had raised the issue with her Ukrainian counterpart.",
      actor="UA", target="RU", q=[Q("missing", "person", 46, category="civilian")],
      place=P("the Kursk region", "Kursk Oblast", "RU", "RU-KRS", "region")),
    C("negotiation", MOSK,
      "Russia's human rights commissioner, Tatyana Moskalkova, said 46 residents of the Kursk region were missing after the Ukrainian incursion and that she had raised the issue with her Ukrainian counterpart.",
      actor="RU"),
    C("capture", LUB,
      "Ukraine's ombudsman Dmytro Lubinets said on Wednesday that Russian forces had detained and deported to Russia 14 residents of border villages in the Sumy region since the start of the summer.",
      actor="RU", target="UA", q=[Q("captured", "person", 14, category="civilian")],
      place=P("the Sumy region", "Sumy Oblast", "UA", "UA-59", "region"),
      time=T("since the start of the summer", "2024-06-01", PUB, "month")),
    C("ground_combat", EN,
      "The Kursk operation, launched on 6 August, is the largest attack on Russian territory by a foreign army since World War II.",
      actor="UA", target="RU", place=P("Russian territory", "Russia", "RU", None, "country"),
      time=T("launched on 6 August", "2024-08-06", PUB, "day")),
]

AIRWATCH = None
