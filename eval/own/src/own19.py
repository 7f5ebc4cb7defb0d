# Meduza-style report from occupied Donetsk and Luhansk: occupation officials' claims, Ukrainian denial, General Staff.
from _lab import *

PUB = "2025-03-30"
META = {"id": "own19", "url": "https://meduza.example/en/news/2025/03/30/occupation-authorities-say-shelling-killed-seven-at-donetsk-market",
        "retrieved_at": "2025-03-31T04:44:00+00:00"}
TITLE = "Occupation authorities say Ukrainian shelling killed seven at Donetsk market; Kyiv denies responsibility"
PUBLISHED = PUB
BYLINE = None

TEXT = """
Meduza
The Real Russia. Today.
News
Features
Podcasts
Support Meduza
Occupation authorities say Ukrainian shelling killed seven at Donetsk market; Kyiv denies responsibility
2:14 pm, March 30, 2025
Source: Meduza
¶Denis Pushilin, the Russian-installed head of the occupied part of Ukraine's Donetsk region, said on Sunday that Ukrainian artillery fire had killed seven people and wounded 11 at a market in Donetsk's Kirovskyi district.
¶According to Pushilin, the shells struck shortly after 10 a.m. local time, when the market was crowded with shoppers.
¶Ukraine's military denied carrying out the attack. Viktor Tregubov, a spokesperson for Ukraine's Khortytsia operational-strategic group, said Ukrainian forces do not target civilians and suggested that the market may have been hit by a Russian glide bomb that fell short.
¶Meduza was unable to independently verify either side's account.
¶In the occupied city of Horlivka, Russian-installed mayor Ivan Prikhodko said a Ukrainian drone had dropped explosives on a bus stop, injuring two women.
¶In the occupied Luhansk region, Russian-installed leader Leonid Pasechnik said a Ukrainian HIMARS strike had destroyed a grain elevator in the town of Rovenky and killed one worker.
¶Ukraine's General Staff said on Saturday that its forces had struck an ammunition depot near Sievierodonetsk, in the Luhansk region, used by Russia's 2nd Army Corps.
¶Pasechnik also said that Russian forces had "fully liberated" the Luhansk region and were clearing the last Ukrainian positions near the village of Bilohorivka. Ukraine's General Staff has not confirmed the loss of the region and reported fighting near Bilohorivka on Saturday.
Read more
How Russia rebuilt its army for a long war
Cover photo: Alexander Ermochenko / Reuters / Scanpix / LETA
Subscribe to The Beet, Meduza's weekly newsletter
"""

PUSH = ("Denis Pushilin, the Russian-installed head of the occupied part of Ukraine's Donetsk region", "Denis Pushilin", "RU")
PUSH2 = ("Pushilin", "Denis Pushilin", "RU")
TREG = ("Viktor Tregubov, a spokesperson for Ukraine's Khortytsia operational-strategic group", "Viktor Tregubov", "UA")
PRIKH = ("Russian-installed mayor Ivan Prikhodko", "Ivan Prikhodko", "RU")
PAS = ("Russian-installed leader Leonid Pasechnik", "Leonid Pasechnik", "RU")
PAS2 = ("Pasechnik", "Leonid Pasechnik", "RU")
GS = ("Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "UA")

MARKET = P("a market in Donetsk's Kirovskyi district", "Kirovskyi district, Donetsk", "UA", "UA-14", "district")
AT10 = T("shortly after 10 a.m. local time", f"{PUB}T10:00", f"{PUB}T11:00", "hour")
EV1 = ("Denis Pushilin, the Russian-installed head of the occupied part of Ukraine's Donetsk region, said on Sunday that Ukrainian "
       "artillery fire had killed seven people and wounded 11 at a market in Donetsk's Kirovskyi district.\n"
       "According to Pushilin, the shells struck shortly after 10 a.m. local time, when the market was crowded with shoppers.\n"
       "Ukraine's military denied carrying out the attack.")
EV_TREG = ("Viktor Tregubov, a spokesperson for Ukraine's Khortytsia operational-strategic group, said Ukrainian forces do not target "
           "civilians and suggested that the market may have been hit by a Russian glide bomb that fell short.")
EV_HOR = ("In the occupied city of Horlivka, Russian-installed mayor Ivan Prikhodko said a Ukrainian drone had dropped explosives on "
          "a bus stop, injuring two women.")
HOR = P("the occupied city of Horlivka", "Horlivka", "UA", "UA-14", "settlement")
EV_ROV = ("In the occupied Luhansk region, Russian-installed leader Leonid Pasechnik said a Ukrainian HIMARS strike had destroyed a "
          "grain elevator in the town of Rovenky and killed one worker.")
ROV = P("the town of Rovenky", "Rovenky", "UA", "UA-09", "settlement")
EV_LUH = ("Pasechnik also said that Russian forces had \"fully liberated\" the Luhansk region and were clearing the last Ukrainian "
          "positions near the village of Bilohorivka. Ukraine's General Staff has not confirmed the loss of the region")
BIL = P("near the village of Bilohorivka", "Bilohorivka", "UA", "UA-09", "settlement")

CLAIMS = [
    C("strike", PUSH, EV1, actor="UA", target="RU", weapon="artillery", place=MARKET, time=AT10, status="denied"),
    C("casualties", PUSH, EV1, actor="UA", target="RU", q=[Q("killed", "person", 7), Q("injured", "person", 11)],
      weapon="artillery", place=MARKET, time=AT10, status="denied"),
    C("strike", TREG, EV_TREG, actor="RU", target="UA", weapon="glide_bomb", place=MARKET, time=AT10, modality="hypothetical",
      status="unconfirmed"),
    C("strike", PRIKH, EV_HOR, actor="UA", target="RU", weapon="drone", place=HOR),
    C("casualties", PRIKH, EV_HOR, actor="UA", target="RU", q=[Q("injured", "person", 2, category="civilian")], weapon="drone",
      place=HOR),
    C("strike", PAS, EV_ROV, actor="UA", target="RU", weapon="artillery", place=ROV),
    C("infrastructure_damage", PAS, EV_ROV, actor="UA", target="RU", weapon="artillery", place=ROV),
    C("casualties", PAS, EV_ROV, actor="UA", target="RU", q=[Q("killed", "person", 1)], weapon="artillery", place=ROV),
    C("strike", GS,
      "Ukraine's General Staff said on Saturday that its forces had struck an ammunition depot near Sievierodonetsk, in the Luhansk region, used by Russia's 2nd Army Corps.",
      actor="UA", target="RU", weapon="unknown",
      place=P("near Sievierodonetsk, in the Luhansk region", "Sievierodonetsk", "UA", "UA-09", "settlement")),
    C("territorial_change", PAS2, EV_LUH, actor="RU", target="UA",
      place=P("the Luhansk region", "Luhansk Oblast", "UA", "UA-09", "region"), status="unconfirmed"),
    C("ground_combat", PAS2, EV_LUH, actor="RU", target="UA", place=BIL),
    C("ground_combat", GS, "Ukraine's General Staff has not confirmed the loss of the region and reported fighting near Bilohorivka on Saturday.",
      actor="RU", target="UA", place=BIL, time=weekday("on Saturday", "Saturday", PUB)),
]

AIRWATCH = None
