# BBC-style report on an Easter truce: declared, violated (both sides' tallies), denied, proposals for talks.
from _lab import *

PUB = "2026-04-13"
META = {"id": "own11", "url": "https://www.bbc.example/news/articles/c9x2e7kq41po",
        "retrieved_at": "2026-04-13T16:20:09+00:00"}
TITLE = "Ukraine and Russia trade accusations over Easter truce violations"
PUBLISHED = PUB
BYLINE = "Ewan Hart"

TEXT = """
Skip to content
British Broadcasting Corporation
Home
News
Sport
Business
Innovation
Culture
Travel
Earth
Video
Live
Ukraine and Russia trade accusations over Easter truce violations
13 April 2026
Share
Save
Ewan Hart
BBC News
Getty Images
Orthodox believers attend an Easter service at St Michael's Golden-Domed Monastery in Kyiv
¶Ukraine and Russia have accused each other of repeatedly breaching an Easter ceasefire declared by Vladimir Putin, which ended at midnight on Sunday.
¶The Kremlin said on Saturday that Putin had ordered Russian forces to halt all hostilities from 18:00 Moscow time (15:00 GMT) on Saturday until the end of Sunday.
¶Ukraine's President Volodymyr Zelensky said Russian forces had violated the truce 1,412 times by Sunday evening, including 87 assaults on Ukrainian positions and more than 600 drone attacks.
¶"Russia is creating the appearance of a ceasefire, while in some places it has not stopped its attacks," Zelensky said in his evening address. He proposed extending the halt to strikes on civilian infrastructure for 30 days.
¶Russia's defence ministry said Ukrainian forces had breached the ceasefire 1,189 times, including by launching 215 drones at Russian positions and at the Kursk and Bryansk regions, and said its own troops had strictly observed the truce.
¶Kyiv denied the claims, saying its forces had only responded to Russian fire.
¶In the southern Kherson region, a Russian drone struck a bus in the village of Bilozerka on Sunday morning, injuring three passengers, regional governor Oleksandr Prokudin said.
¶US Secretary of State Marco Rubio said Washington welcomed the truce and hoped it could be turned into a lasting ceasefire, adding that US envoys would hold separate talks with both sides in Riyadh next week.
¶Putin declared a similar 30-hour truce at Easter last year, which both sides also said was repeatedly violated.
Related
Who is winning the drone war over Ukraine?
What we know about the US peace plan
More from the BBC
Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking.
"""

BBC = (None, "BBC News", "media")
KREMLIN = ("The Kremlin", "Kremlin", "RU")
ZEL = ("Ukraine's President Volodymyr Zelensky", "Volodymyr Zelenskyy", "UA")
ZEL2 = ("He", "Volodymyr Zelenskyy", "UA")
RUMOD = ("Russia's defence ministry", "Russian Ministry of Defence", "RU")
PRO = ("regional governor Oleksandr Prokudin", "Oleksandr Prokudin", "UA")
RUBIO = ("US Secretary of State Marco Rubio", "Marco Rubio", "third_party")

TRUCE = T("from 18:00 Moscow time (15:00 GMT) on Saturday until the end of Sunday", "2026-04-11T18:00", "2026-04-12T23:59", "hour")
BY_SUN = T("by Sunday evening", "2026-04-11T18:00", "2026-04-12T23:59", "hour")
EV_Z = ("Ukraine's President Volodymyr Zelensky said Russian forces had violated the truce 1,412 times by Sunday evening, including "
        "87 assaults on Ukrainian positions and more than 600 drone attacks.")
EV_RU = ("Russia's defence ministry said Ukrainian forces had breached the ceasefire 1,189 times, including by launching 215 drones "
         "at Russian positions and at the Kursk and Bryansk regions, and said its own troops had strictly observed the truce.\n"
         "Kyiv denied the claims, saying its forces had only responded to Russian fire.")
EV_KHE = ("In the southern Kherson region, a Russian drone struck a bus in the village of Bilozerka on Sunday morning, injuring three "
          "passengers, regional governor Oleksandr Prokudin said.")
BIL = P("the village of Bilozerka", "Bilozerka", "UA", "UA-65", "settlement")
SUN_AM = T("on Sunday morning", "2026-04-12T00:00", "2026-04-12T12:00", "part_of_day")

CLAIMS = [
    C("negotiation", BBC,
      "Ukraine and Russia have accused each other of repeatedly breaching an Easter ceasefire declared by Vladimir Putin, which ended at midnight on Sunday.",
      actor="RU", time=T("which ended at midnight on Sunday", "2026-04-11T18:00", "2026-04-12T23:59", "hour")),
    C("negotiation", KREMLIN,
      "The Kremlin said on Saturday that Putin had ordered Russian forces to halt all hostilities from 18:00 Moscow time (15:00 GMT) on Saturday until the end of Sunday.",
      actor="RU", time=TRUCE),
    C("negotiation", ZEL, EV_Z, actor="RU", target="UA", q=[Q("other", "other", 1412)], time=BY_SUN),
    C("ground_combat", ZEL, EV_Z, actor="RU", target="UA", q=[Q("engagements", "engagement", 87)], time=BY_SUN),
    C("strike", ZEL, EV_Z, actor="RU", target="UA", q=[Q("launched", "drone", 600, "at_least")], weapon="drone", time=BY_SUN),
    C("negotiation", ZEL2,
      "He proposed extending the halt to strikes on civilian infrastructure for 30 days.",
      actor="UA", modality="planned"),
    C("negotiation", RUMOD, EV_RU, actor="UA", target="RU", q=[Q("other", "other", 1189)], time=TRUCE, status="denied"),
    C("strike", RUMOD, EV_RU, actor="UA", target="RU", q=[Q("launched", "drone", 215)], weapon="drone",
      place=P("the Kursk and Bryansk regions", "Kursk Oblast", "RU", "RU-KRS", "region"), time=TRUCE, status="denied"),
    C("strike", RUMOD, EV_RU, actor="UA", target="RU", q=[Q("launched", "drone", 215)], weapon="drone",
      place=P("the Kursk and Bryansk regions", "Bryansk Oblast", "RU", "RU-BRY", "region"), time=TRUCE, status="denied"),
    C("strike", PRO, EV_KHE, actor="RU", target="UA", weapon="drone", place=BIL, time=SUN_AM),
    C("casualties", PRO, EV_KHE, actor="RU", target="UA", q=[Q("injured", "person", 3, category="civilian")], weapon="drone",
      place=BIL, time=SUN_AM),
    C("negotiation", RUBIO,
      "US Secretary of State Marco Rubio said Washington welcomed the truce and hoped it could be turned into a lasting ceasefire, adding that US envoys would hold separate talks with both sides in Riyadh next week.",
      actor="third_party", place=P("Riyadh", "Riyadh", "SA", "SA-01", "settlement"),
      time=T("next week", "2026-04-20", "2026-04-26", "week"), modality="planned"),
    C("negotiation", BBC,
      "Putin declared a similar 30-hour truce at Easter last year, which both sides also said was repeatedly violated.",
      actor="RU", time=T("at Easter last year", "2025-04-19", "2025-04-20", "day")),
]

AIRWATCH = None
