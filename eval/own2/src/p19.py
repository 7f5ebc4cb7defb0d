from lib import *

ID = "own2-19"
URL = "https://www.bbc.com/news/articles/c4g7rm1kd2zo"
RETRIEVED = "2026-11-03T12:15:33+00:00"
DATE = "2026-11-03"
TITLE = "Six killed in Kyiv as Russia launches hundreds of drones and missiles at Ukraine"
BYLINE = "Oksana Marchuk and Tom Whitfield"

TEXT = """
Skip to content
British Broadcasting Corporation
Home
News
Sport
Business
Innovation
Culture
Arts
Travel
Earth
Audio
Video
Live
Weather
Newsletters
Six killed in Kyiv as Russia launches hundreds of drones and missiles at Ukraine
3 November 2026
Share
Save
Oksana Marchuk and Tom Whitfield
BBC News, Kyiv and London
Share
Save
Reuters
Rescue workers search the rubble of a partially collapsed residential building in Kyiv's Darnytskyi district
¶At least six people have been killed and 35 injured in Kyiv after Russia launched a large-scale drone and missile attack on Ukraine overnight, city officials say.
¶Tymur Tkachenko, the head of Kyiv's military administration, said part of a nine-storey residential building in the Darnytskyi district had collapsed after being hit by a missile, and that rescuers were searching for people believed to be trapped under the rubble.
¶Russia fired 430 drones and 18 missiles at Ukraine overnight, according to Ukraine's air force, which said 398 of the drones and 15 of the missiles had been shot down or neutralised.
¶Energy facilities were also hit in the Kyiv, Vinnytsia and Cherkasy regions, the energy ministry said, and emergency power cuts have been introduced in several areas.
¶Video verified by BBC Verify shows a missile striking the upper floors of the building in Darnytskyi shortly before 04:00 local time (02:00 GMT), followed by a large fire.
¶"Another night that shows Russia has no intention of ending this war. Only pressure works," President Volodymyr Zelensky wrote on X, calling on Western allies to deliver more air defence systems before the winter.
¶Russia's defence ministry said it had carried out a "massive strike" overnight on Ukrainian defence industry and energy facilities used by the military.
¶It added that Russian air defences had downed 64 Ukrainian drones overnight, 22 of them over the Moscow region.
¶Russia's state news agency Tass reported that debris from a downed drone had damaged a house in the Tula region, south of Moscow. There were no reports of casualties there.
¶The attack came hours after Ukrainian and US officials met in Berlin on Monday to discuss air defence supplies and the outline of a possible ceasefire agreement.
¶Russia has stepped up its air campaign this autumn, launching several attacks involving hundreds of drones in a single night. Ukraine has responded with long-range drone strikes on oil refineries and military airfields inside Russia.
¶Kyiv residents spent much of the night in metro stations and basements. "We heard the missile, then the whole building shook," said Iryna, 37, who lives in a neighbouring block. "My children are asking when we will be able to sleep at home again."
Related
Ukraine's energy system braces for a fourth war winter
How Ukraine counts Russia's drones
More from the BBC
Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking.
"""

N = NIGHT("overnight", "2026-11-03")
NN = NIGHT(None, "2026-11-03")
KYIV = P("Kyiv", "Kyiv", "UA-30", "settlement")
TK = K("Tymur Tkachenko, the head of Kyiv's military administration", "Tymur Tkachenko", "UA")
DARN = P("the Darnytskyi district", "Darnytskyi district, Kyiv", "UA-30", "district")
TK_EV = "Tymur Tkachenko, the head of Kyiv's military administration, said part of a nine-storey residential building in the Darnytskyi district had collapsed after being hit by a missile, and that rescuers were searching for people believed to be trapped under the rubble."
AF = K("Ukraine's air force", "Ukrainian Air Force", "UA")
EM = K("the energy ministry", "Ministry of Energy of Ukraine", "UA")
EM_EV = "Energy facilities were also hit in the Kyiv, Vinnytsia and Cherkasy regions, the energy ministry said, and emergency power cuts have been introduced in several areas."
MOD = lambda t: K(t, "Russian Ministry of Defence", "RU")
OFF = K("city officials", "Kyiv City Military Administration", "UA")
OFF_EV = "At least six people have been killed and 35 injured in Kyiv after Russia launched a large-scale drone and missile attack on Ukraine overnight, city officials say."

CLAIMS = [
    C("casualties", OFF, "RU", "UA", [Q("killed", "person", 6, "at_least"), Q("injured", "person", 35)], "mixed", KYIV, N, OFF_EV),
    C("strike", OFF, "RU", "UA", [], "mixed", KYIV, N, OFF_EV),
    C("strike", TK, "RU", "UA", [], "missile", DARN, NN, TK_EV),
    C("infrastructure_damage", TK, "RU", "UA", [], "missile", DARN, NN, TK_EV),
    C("strike", AF, "RU", "UA", [Q("launched", "drone", 430), Q("launched", "missile", 18)], "mixed", P("Ukraine", "Ukraine", "UA", "country"), N,
      "Russia fired 430 drones and 18 missiles at Ukraine overnight, according to Ukraine's air force"),
    C("interception", AF, "UA", "RU", [Q("intercepted", "drone", 398), Q("intercepted", "missile", 15)], "mixed", None, N,
      "Russia fired 430 drones and 18 missiles at Ukraine overnight, according to Ukraine's air force, which said 398 of the drones and 15 of the missiles had been shot down or neutralised."),
] + [
    C(typ, EM, "RU", "UA", [], "mixed", P(t, n, c, "region"), NN, EM_EV)
    for t, n, c in [("Kyiv", "Kyiv Oblast", "UA-32"), ("Vinnytsia", "Vinnytsia Oblast", "UA-05"), ("Cherkasy regions", "Cherkasy Oblast", "UA-71")]
    for typ in ("strike", "infrastructure_damage")
] + [
    C("strike", K("BBC Verify", "BBC News", "media"), "RU", "UA", [], "missile", P("Darnytskyi", "Darnytskyi district, Kyiv", "UA-30", "district"),
      T("shortly before 04:00 local time", "2026-11-03T03:00", "2026-11-03T04:00", "hour"),
      "Video verified by BBC Verify shows a missile striking the upper floors of the building in Darnytskyi shortly before 04:00 local time (02:00 GMT), followed by a large fire."),
    C("strike", MOD("Russia's defence ministry"), "RU", "UA", [], "unknown", None, N,
      "Russia's defence ministry said it had carried out a \"massive strike\" overnight on Ukrainian defence industry and energy facilities used by the military."),
    C("interception", MOD("It"), "RU", "UA", [Q("intercepted", "drone", 64)], "drone", None, N,
      "It added that Russian air defences had downed 64 Ukrainian drones overnight"),
    C("interception", MOD("It"), "RU", "UA", [Q("intercepted", "drone", 22)], "drone", P("the Moscow region", "Moscow Oblast", "RU-MOS", "region"), N,
      "It added that Russian air defences had downed 64 Ukrainian drones overnight, 22 of them over the Moscow region."),
    C("infrastructure_damage", K("Russia's state news agency Tass", "TASS", "RU"), "UA", "RU", [], "drone",
      P("the Tula region", "Tula Oblast", "RU-TUL", "region"), None,
      "Russia's state news agency Tass reported that debris from a downed drone had damaged a house in the Tula region, south of Moscow."),
    C("casualties", K("Russia's state news agency Tass", "TASS", "RU"), "UA", "RU", [], "drone",
      P("the Tula region", "Tula Oblast", "RU-TUL", "region"), None,
      "There were no reports of casualties there.", modality="negated"),
    C("negotiation", K(None, "BBC News", "media"), "UA", None, [], None, P("Berlin", "Berlin", "DE-BE", "settlement"), T("on Monday", "2026-11-02"),
      "The attack came hours after Ukrainian and US officials met in Berlin on Monday to discuss air defence supplies and the outline of a possible ceasefire agreement."),
    C("strike", K("Iryna, 37", "Iryna", "UA"), "RU", "UA", [], "missile", KYIV, NN,
      "\"We heard the missile, then the whole building shook,\" said Iryna, 37, who lives in a neighbouring block."),
]

AIRWATCH = [("launched", "drone", 430), ("launched", "missile", 18),
            ("intercepted", "drone", 398), ("intercepted", "missile", 15)]
