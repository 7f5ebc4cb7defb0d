from lib import *

ID = "own2-16"
URL = "https://kyivindependent.com/russian-soldiers-execute-3-civilians-in-occupied-zaporizhzhia-oblast-village-prosecutors-say/"
RETRIEVED = "2025-07-24T15:22:09+00:00"
DATE = "2025-07-24"
TITLE = "Russian soldiers execute 3 civilians in occupied Zaporizhzhia Oblast village, prosecutors say"
BYLINE = "Oleksii Pravdiuk"

TEXT = """
Russian soldiers execute 3 civilians in occupied Zaporizhzhia Oblast village, prosecutors say | The Kyiv Independent
Skip to content
The Kyiv Independent
Ukraine War Latest
News Feed
Investigations
War Crimes
Opinion
Business
Culture
Join our community
Support us
News Feed
Russian soldiers execute 3 civilians in occupied Zaporizhzhia Oblast village, prosecutors say
by Oleksii Pravdiuk
July 24, 2025 5:14 PM
3 min read
Illustrative photo: A destroyed house in a village in Zaporizhzhia Oblast, Ukraine, on June 3, 2025. (Dmytro Smolienko/Ukrinform/Future Publishing via Getty Images)
¶Russian soldiers shot dead three civilians in the occupied village of Mala Bilozerka in Zaporizhzhia Oblast on July 20, the regional prosecutor's office reported on July 24.
¶According to the prosecutors, the soldiers detained the three residents at a checkpoint, accused them of passing information to the Ukrainian military, and shot them behind a farm building. A 72-year-old woman was among those killed.
¶A pre-trial investigation has been launched under the article on violations of the laws and customs of war combined with premeditated murder.
¶The information was obtained from a resident who later left the occupied territory, the Prosecutor's Office said. The Kyiv Independent could not independently verify the report.
¶The UN Human Rights Monitoring Mission in Ukraine (HRMMU) said in a report published on July 22 that it had documented the executions of at least 39 civilians in Russian-occupied territories since the start of 2025.
¶The mission said that civilians detained by Russian forces were routinely subjected to torture and ill-treatment, citing interviews with released detainees and their relatives.
¶Ukraine's Ombudsman Dmytro Lubinets said on July 23 that Russian occupation authorities had deported 58 residents of the occupied town of Oleshky in Kherson Oblast to Russia's Rostov Oblast over the past month, describing the move as a forced "evacuation."
¶The Russian-installed head of occupied Kherson Oblast, Vladimir Saldo, said residents of the town were being moved "for their own safety" because of Ukrainian shelling.
¶Meanwhile, Russian drones dropping explosives on pedestrians and cars in the city of Kherson killed two people and injured 11 over the past day, the regional military administration said.
¶Since the beginning of the full-scale invasion, Ukraine's Prosecutor General's Office has registered more than 160,000 alleged war crimes committed by Russian forces.
¶Russian forces have repeatedly been accused of executing civilians and prisoners of war. The best-known case remains Bucha in Kyiv Oblast, where hundreds of bodies were found after Russian troops withdrew in the spring of 2022.
¶Moscow denies that its forces target civilians.
Note from the author:
Hi, this is Oleksii Pravdiuk. I cover war crimes and life under occupation. If you value this work, please consider supporting the Kyiv Independent.
Become a member
Read also
Ukraine war latest: Russian troops press toward Kostiantynivka
Occupation authorities seize homes of displaced residents in Melitopol
Most popular
Explainer: How Ukraine documents war crimes
About us
Our team
Jobs
Contact us
Privacy policy
Terms of use
© 2025 The Kyiv Independent. All rights reserved.
"""

PROS = K("the regional prosecutor's office", "Zaporizhzhia Regional Prosecutor's Office", "UA")
MB = P("the occupied village of Mala Bilozerka", "Mala Bilozerka", "UA-23", "settlement")
J20 = T("on July 20", "2025-07-20")
J20_ = T(None, "2025-07-20")
EV1 = ("Russian soldiers shot dead three civilians in the occupied village of Mala Bilozerka in Zaporizhzhia Oblast on July 20, the regional prosecutor's office reported on July 24.\n"
       "According to the prosecutors, the soldiers detained the three residents at a checkpoint, accused them of passing information to the Ukrainian military, and shot them behind a farm building.")
HRMMU = K("The UN Human Rights Monitoring Mission in Ukraine (HRMMU)", "UN Human Rights Monitoring Mission in Ukraine", "third_party")
SINCE25 = T("since the start of 2025", "2025-01-01", "2025-07-22", "month")
LUB = K("Ukraine's Ombudsman Dmytro Lubinets", "Dmytro Lubinets", "UA")
LUB_EV = "Ukraine's Ombudsman Dmytro Lubinets said on July 23 that Russian occupation authorities had deported 58 residents of the occupied town of Oleshky in Kherson Oblast to Russia's Rostov Oblast over the past month, describing the move as a forced \"evacuation.\""
MONTH = T("over the past month", "2025-06-23", "2025-07-23", "month")
KHS_RA = K("the regional military administration", "Kherson Regional Military Administration", "UA")
KHS = P("the city of Kherson", "Kherson", "UA-65", "settlement")
KHS_EV = "Meanwhile, Russian drones dropping explosives on pedestrians and cars in the city of Kherson killed two people and injured 11 over the past day, the regional military administration said."
DAY = T("over the past day", "2025-07-23", "2025-07-24", "day")

CLAIMS = [
    C("attack_on_civilians", PROS, "RU", "UA", [Q("killed", "person", 3, "exact", "civilian")], None, MB, J20,
      EV1 + " A 72-year-old woman was among those killed.", status="unconfirmed"),
    C("casualties", PROS, "RU", "UA", [Q("killed", "person", 3, "exact", "civilian")], None, MB, J20,
      "Russian soldiers shot dead three civilians in the occupied village of Mala Bilozerka in Zaporizhzhia Oblast on July 20, the regional prosecutor's office reported on July 24.",
      status="unconfirmed"),
    C("capture", K("the prosecutors", "Zaporizhzhia Regional Prosecutor's Office", "UA"), "RU", "UA", [Q("captured", "person", 3, "exact", "civilian")], None, MB, J20_,
      "According to the prosecutors, the soldiers detained the three residents at a checkpoint, accused them of passing information to the Ukrainian military, and shot them behind a farm building.",
      status="unconfirmed"),
    C("attack_on_civilians", HRMMU, "RU", "UA", [Q("killed", "person", 39, "at_least", "civilian")], None,
      P("Russian-occupied territories", "Ukraine", "UA", "country"), SINCE25,
      "The UN Human Rights Monitoring Mission in Ukraine (HRMMU) said in a report published on July 22 that it had documented the executions of at least 39 civilians in Russian-occupied territories since the start of 2025."),
    C("casualties", HRMMU, "RU", "UA", [Q("killed", "person", 39, "at_least", "civilian")], None,
      P("Russian-occupied territories", "Ukraine", "UA", "country"), SINCE25,
      "The UN Human Rights Monitoring Mission in Ukraine (HRMMU) said in a report published on July 22 that it had documented the executions of at least 39 civilians in Russian-occupied territories since the start of 2025."),
    C("attack_on_civilians", K("The mission", "UN Human Rights Monitoring Mission in Ukraine", "third_party"), "RU", "UA", [], None, None, None,
      "The mission said that civilians detained by Russian forces were routinely subjected to torture and ill-treatment, citing interviews with released detainees and their relatives."),
    C("capture", LUB, "RU", "UA", [Q("captured", "person", 58, "exact", "civilian")], None,
      P("the occupied town of Oleshky", "Oleshky", "UA-65", "settlement"), MONTH, LUB_EV),
    C("capture", LUB, "RU", "UA", [Q("captured", "person", 58, "exact", "civilian")], None,
      P("Russia's Rostov Oblast", "Rostov Oblast", "RU-ROS", "region"), MONTH, LUB_EV),
    C("capture", K("The Russian-installed head of occupied Kherson Oblast, Vladimir Saldo", "Vladimir Saldo", "RU"), "RU", "UA", [], None,
      P("the town", "Oleshky", "UA-65", "settlement"), None,
      "The Russian-installed head of occupied Kherson Oblast, Vladimir Saldo, said residents of the town were being moved \"for their own safety\" because of Ukrainian shelling."),
    C("strike", KHS_RA, "RU", "UA", [], "drone", KHS, DAY, KHS_EV),
    C("casualties", KHS_RA, "RU", "UA", [Q("killed", "person", 2), Q("injured", "person", 11)], "drone", KHS, DAY, KHS_EV),
]
