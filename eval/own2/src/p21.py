from lib import *

ID = "own2-21"
URL = "https://www.rferl.org/a/ukraine-un-inquiry-deported-children-torture-russia/32623981.html"
RETRIEVED = "2023-10-05"
DATE = "2023-10-04"
TITLE = "UN Inquiry Finds Russia Unlawfully Deported Ukrainian Children, Tortured Detainees"
BYLINE = "Kateryna Nikolenko"

TEXT = """
UN Inquiry Finds Russia Unlawfully Deported Ukrainian Children, Tortured Detainees
Radio Free Europe/Radio Liberty
Russia's War In Ukraine
Ukraine
Russia
Belarus
Central Asia
Caucasus
Balkans
Iran
Search
Languages
UN Inquiry Finds Russia Unlawfully Deported Ukrainian Children, Tortured Detainees
October 04, 2023 15:32 GMT
By Kateryna Nikolenko and RFE/RL's Ukrainian Service
Share
Comments
Print
A boy looks out of a bus window in Kherson in November 2022. (file photo)
¶A United Nations commission investigating the war in Ukraine says Russian authorities unlawfully transferred dozens of children from a care home in southern Ukraine to Russian-occupied Crimea and to Russia, and that detainees held by Russian forces were tortured systematically.
¶The UN Independent International Commission of Inquiry on Ukraine said in a report presented on October 3 that at least 46 children had been taken from a children's home in the town of Oleshky in the Kherson region in October 2022, shortly before Russian forces withdrew from the right bank of the Dnieper River.
¶The children were first moved to Crimea and later to Russia's Krasnodar region, the commission said, adding that most of them had not been returned.
¶The commission also said it had documented torture of civilians in detention facilities in the Kherson and Zaporizhzhia regions, including beatings, electric shocks, and mock executions, and concluded that such treatment was "widespread and systematic."
¶"Some victims were tortured so brutally that they died," the commission's chairman, Erik Mose, told reporters in Geneva.
¶Russia has not responded to the findings. Moscow did not cooperate with the commission's investigation and has repeatedly denied that its forces commit abuses in Ukraine.
¶Ukrainian officials say more than 20,340 children have been deported or forcibly displaced to Russia or Russian-occupied territory since the start of the full-scale invasion in February 2022, while only 412 have been brought back.
¶Russia says it has moved children away from the fighting for their protection. Maria Lvova-Belova, Russia's children's rights commissioner, said on October 3 that 17 children had been reunited with relatives in Ukraine through Qatari mediation over the past month.
¶Qatar's Foreign Ministry confirmed that it had facilitated the children's return, saying more reunifications were expected "in the coming weeks."
¶The International Criminal Court in The Hague issued arrest warrants in March for Russian President Vladimir Putin and Lvova-Belova on suspicion of the unlawful deportation of Ukrainian children. The Kremlin rejected the warrants as "null and void."
¶Separately, Ukraine's Prosecutor-General's Office said on October 4 that it had opened an investigation after a video posted online appeared to show Russian soldiers shooting two unarmed men in civilian clothes near the village of Novodonetske in the Donetsk region.
¶RFE/RL could not independently verify the video.
¶With reporting by Reuters and AFP
Related
Ukraine Says Russia Is Issuing Passports To Deported Children
Kherson Residents Describe Life Under Occupation
Radio Free Europe/Radio Liberty
About RFE/RL
Contact Us
Privacy Policy
Terms Of Use
Copyright (c) 2023. RFE/RL, Inc. All Rights Reserved.
"""

COI = K("The UN Independent International Commission of Inquiry on Ukraine", "UN Independent International Commission of Inquiry on Ukraine", "third_party")
COI2 = lambda t: K(t, "UN Independent International Commission of Inquiry on Ukraine", "third_party")
OCT22 = T("in October 2022", "2022-10-01", "2022-10-31", "month")
COI_EV = "The UN Independent International Commission of Inquiry on Ukraine said in a report presented on October 3 that at least 46 children had been taken from a children's home in the town of Oleshky in the Kherson region in October 2022, shortly before Russian forces withdrew from the right bank of the Dnieper River."
MOVE_EV = "The children were first moved to Crimea and later to Russia's Krasnodar region, the commission said, adding that most of them had not been returned."
TORT_EV = "The commission also said it had documented torture of civilians in detention facilities in the Kherson and Zaporizhzhia regions, including beatings, electric shocks, and mock executions, and concluded that such treatment was \"widespread and systematic.\""
UAOFF = K("Ukrainian officials", "Ukrainian officials", "UA")
UA_EV = "Ukrainian officials say more than 20,340 children have been deported or forcibly displaced to Russia or Russian-occupied territory since the start of the full-scale invasion in February 2022, while only 412 have been brought back."
LVB = K("Maria Lvova-Belova, Russia's children's rights commissioner", "Maria Lvova-Belova", "RU")
PGO = K("Ukraine's Prosecutor-General's Office", "Office of the Prosecutor General of Ukraine", "UA")
NOVO = P("the village of Novodonetske", "Novodonetske", "UA-14", "settlement")
PGO_EV = "Separately, Ukraine's Prosecutor-General's Office said on October 4 that it had opened an investigation after a video posted online appeared to show Russian soldiers shooting two unarmed men in civilian clothes near the village of Novodonetske in the Donetsk region.\nRFE/RL could not independently verify the video."

CLAIMS = [
    C("capture", COI, "RU", "UA", [Q("captured", "person", 46, "at_least", "child")], None,
      P("the town of Oleshky", "Oleshky", "UA-65", "settlement"), OCT22, COI_EV, status="unconfirmed"),
    C("territorial_change", COI, "RU", "UA", [], None, P("the right bank of the Dnieper River", "Kherson Oblast", "UA-65", "region"),
      T("shortly before Russian forces withdrew", "2022-11-01", "2022-11-30", "month"), COI_EV),
    C("capture", COI2("the commission"), "RU", "UA", [], None, P("Crimea", "Crimea", "UA-43", "region"), None, MOVE_EV, status="unconfirmed"),
    C("capture", COI2("the commission"), "RU", "UA", [], None, P("Russia's Krasnodar region", "Krasnodar Krai", "RU-KDA", "region"), None, MOVE_EV,
      status="unconfirmed"),
    C("attack_on_civilians", COI2("The commission"), "RU", "UA", [], None, P("the Kherson", "Kherson Oblast", "UA-65", "region"), None, TORT_EV,
      status="unconfirmed"),
    C("attack_on_civilians", COI2("The commission"), "RU", "UA", [], None, P("Zaporizhzhia regions", "Zaporizhzhia Oblast", "UA-23", "region"), None, TORT_EV,
      status="unconfirmed"),
    C("casualties", K("the commission's chairman, Erik Mose", "Erik Mose", "third_party"), "RU", "UA", [], None, None, None,
      "\"Some victims were tortured so brutally that they died,\" the commission's chairman, Erik Mose, told reporters in Geneva."),
    C("capture", UAOFF, "RU", "UA", [Q("captured", "person", 20340, "at_least", "child")], None, P("Russia", "Russia", "RU", "country"),
      SINCE_WAR("since the start of the full-scale invasion in February 2022", "2023-10-04"), UA_EV),
    C("prisoner_exchange", UAOFF, None, None, [Q("released", "person", 412, "exact", "child")], None, None,
      SINCE_WAR(None, "2023-10-04"), UA_EV),
    C("prisoner_exchange", LVB, None, None, [Q("released", "person", 17, "exact", "child")], None, P("Ukraine", "Ukraine", "UA", "country"),
      T("over the past month", "2023-09-03", "2023-10-03", "month"),
      "Maria Lvova-Belova, Russia's children's rights commissioner, said on October 3 that 17 children had been reunited with relatives in Ukraine through Qatari mediation over the past month.",
      status="confirmed"),
    C("prisoner_exchange", K("Qatar's Foreign Ministry", "Ministry of Foreign Affairs of Qatar", "third_party"), None, None, [], None, None, None,
      "Qatar's Foreign Ministry confirmed that it had facilitated the children's return"),
    C("prisoner_exchange", K("Qatar's Foreign Ministry", "Ministry of Foreign Affairs of Qatar", "third_party"), None, None, [], None, None,
      T("in the coming weeks", "2023-10-04", "2023-11-01", "week"),
      "Qatar's Foreign Ministry confirmed that it had facilitated the children's return, saying more reunifications were expected \"in the coming weeks.\"",
      modality="planned"),
    C("attack_on_civilians", PGO, "RU", "UA", [Q("killed", "person", 2, "exact", "civilian")], None, NOVO, None, PGO_EV, status="unconfirmed"),
    C("casualties", PGO, "RU", "UA", [Q("killed", "person", 2, "exact", "civilian")], None, NOVO, None, PGO_EV, status="unconfirmed"),
]
