from lib import *

ID = "own2-01"
URL = "https://www.citynews.ca/2025/12/07/russia-pounds-ukraine-energy-grid-drones-missiles/"
RETRIEVED = "2025-12-07"
DATE = "2025-12-07"
TITLE = "Russia pounds Ukraine’s power grid with drones and missiles as envoys prepare for new talks"
BYLINE = "Illia Novikov, The Associated Press"

TEXT = """
 date 2025-12-07 Russia pounds Ukraine’s power grid with drones and missiles as envoys prepare for new talks

Firefighters work at the site of a damaged apartment building after a Russian drone attack in Odesa, Ukraine, Sunday, Dec. 7, 2025. (AP Photo/Michael Shtekel) Copyright 2025 The Associated Press. All rights reserved

By Illia Novikov, The Associated Press

Posted December 7, 2025 4:12 am.

Last Updated December 7, 2025 11:48 am.

¶KYIV, Ukraine (AP) — Russia attacked Ukraine with 153 drones and six missiles overnight, Ukraine’s air force said Sunday, adding that 118 of the drones and four of the missiles were shot down or suppressed by air defenses.
¶The barrage targeted power plants and substations in at least five regions as temperatures across much of the country dropped below freezing for the first time this winter.
¶Ukraine’s grid operator, Ukrenergo, said emergency power cuts were imposed Sunday morning in the Kyiv, Chernihiv, Poltava and Odesa regions after energy facilities were damaged. Repair crews were working to restore supply, it said, but warned that scheduled outages would continue through the week.
¶In the northeastern Kharkiv region, two people were killed and nine injured when a missile hit a residential neighborhood in the town of Chuhuiv, regional Gov. Oleh Syniehubov said on Telegram. A 7-year-old girl was among the wounded, he said.
¶In the southern port city of Odesa, a drone struck a nine-story apartment building, setting its upper floors on fire, according to the regional military administration. Three people were injured, the State Emergency Service said.
¶Russia has targeted Ukraine’s power grid in each winter of the war, and Ukrainian officials accuse Moscow of trying to break civilian morale by depriving people of heat and light. Moscow says it strikes only military and defense-industry targets.
¶“Every night like this one is a reminder that air defense is not a luxury. It is a question of survival,” President Volodymyr Zelenskyy wrote on X, urging Western partners to speed up deliveries of Patriot systems and interceptor missiles.
¶The strikes came as Ukrainian and U.S. officials prepared for another round of talks on a U.S.-drafted framework to end the war. Rustem Umerov, secretary of Ukraine’s National Security and Defense Council, said the delegations would meet in Miami on Monday.
¶The Kremlin said it had received the latest version of the document. Spokesman Dmitry Peskov told reporters that Moscow remained “open to a political and diplomatic settlement” but that Russia’s goals would be achieved “one way or another.”
¶Previous drafts of the plan have foundered on the question of territory. Moscow insists that Ukraine withdraw from the parts of the Donetsk region it still holds, a demand Kyiv has repeatedly rejected as a reward for aggression.
¶On the battlefield, Russia’s Defense Ministry said its forces had captured the villages of Sviato-Pokrovske in the Donetsk region and Novoplatonivka in the Kharkiv region. The claims could not be independently verified, and Ukraine’s military did not comment on them.
¶Ukraine’s General Staff said its long-range drones hit an oil refinery in Russia’s Volgograd region overnight, causing a fire, and struck an ammunition depot in the Russian-occupied part of the Zaporizhzhia region.
¶Volgograd Gov. Andrei Bocharov said debris from a downed drone had sparked a fire at an industrial site on the city’s southern outskirts, which firefighters put out within hours. He said no one was hurt.
¶Russia’s Defense Ministry said air defenses destroyed 67 Ukrainian drones overnight over eight Russian regions and the Black Sea.
¶Kyiv has stepped up its campaign against Russian oil facilities since the summer, aiming to cut the fuel export revenue that finances Moscow’s military. Fuel prices in several Russian regions have risen sharply as a result.
¶Russian forces hold nearly 19% of Ukraine’s territory, including the Crimean Peninsula, which Moscow illegally annexed in 2014.
___
Follow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine

Illia Novikov, The Associated Press


Submit a Correction
Accessibility Feedback

Top Stories

City council delays vote on downtown bike lane expansion

TORONTO — A divided city council pushed back a vote on extending protected bike lanes along a busy downtown corridor, with several members saying they needed more data on traffic...

2h ago

Snow squall warnings issued for parts of cottage country

Environment Canada has issued snow squall warnings for several areas north of the city, saying visibility could drop to near zero at times on Sunday afternoon...

3h ago

Local bakery marks 60 years with free treats for neighbours

A family-run bakery in the west end celebrated six decades in business on Saturday, handing out free pastries to anyone who stopped by...

5h ago

Most Watched Today

1:48
Crews battle overnight fire at vacant warehouse

Firefighters spent hours containing a blaze at an empty warehouse near the waterfront. No injuries were reported.

9h ago

2:10
Weekend forecast: colder air moves in

Meteorologist Natalie Osei has the long-range forecast.
More Videos
"""

AF = lambda t: K(t, "Ukrainian Air Force", "UA")
MOD = lambda t: K(t, "Russian Ministry of Defence", "RU")
GS = lambda t: K(t, "General Staff of the Armed Forces of Ukraine", "UA")
AP = K(None, "The Associated Press", "media")
N = NIGHT("overnight", "2025-12-07")

CLAIMS = [
    C("strike", AF("Ukraine’s air force"), "RU", "UA",
      [Q("launched", "drone", 153), Q("launched", "missile", 6)], "mixed", None, N,
      "Russia attacked Ukraine with 153 drones and six missiles overnight, Ukraine’s air force said Sunday"),
    C("interception", AF("Ukraine’s air force"), "UA", "RU",
      [Q("intercepted", "drone", 118), Q("intercepted", "missile", 4)], "mixed", None, N,
      "Russia attacked Ukraine with 153 drones and six missiles overnight, Ukraine’s air force said Sunday, adding that 118 of the drones and four of the missiles were shot down or suppressed by air defenses."),
    C("strike", AP, "RU", "UA", [Q("other", "location", 5, "at_least")], "mixed", None,
      T(None, "2025-12-06T18:00", "2025-12-07T09:00", "part_of_day"),
      "The barrage targeted power plants and substations in at least five regions as temperatures across much of the country dropped below freezing for the first time this winter."),
] + [
    C("infrastructure_damage", K("Ukraine’s grid operator, Ukrenergo", "Ukrenergo", "UA"), "RU", "UA", [], None,
      P(txt, name, code, "region"), T("Sunday morning", "2025-12-07T00:00", "2025-12-07T12:00", "part_of_day"),
      "Ukraine’s grid operator, Ukrenergo, said emergency power cuts were imposed Sunday morning in the Kyiv, Chernihiv, Poltava and Odesa regions after energy facilities were damaged.")
    for txt, name, code in [("Kyiv", "Kyiv Oblast", "UA-32"), ("Chernihiv", "Chernihiv Oblast", "UA-74"),
                            ("Poltava", "Poltava Oblast", "UA-53"), ("Odesa regions", "Odesa Oblast", "UA-51")]
] + [
    C("strike", K("regional Gov. Oleh Syniehubov", "Oleh Syniehubov", "UA"), "RU", "UA", [], "missile",
      P("the town of Chuhuiv", "Chuhuiv", "UA-63", "settlement"), None,
      "In the northeastern Kharkiv region, two people were killed and nine injured when a missile hit a residential neighborhood in the town of Chuhuiv, regional Gov. Oleh Syniehubov said on Telegram."),
    C("casualties", K("regional Gov. Oleh Syniehubov", "Oleh Syniehubov", "UA"), "RU", "UA",
      [Q("killed", "person", 2), Q("injured", "person", 9)], "missile",
      P("the town of Chuhuiv", "Chuhuiv", "UA-63", "settlement"), None,
      "In the northeastern Kharkiv region, two people were killed and nine injured when a missile hit a residential neighborhood in the town of Chuhuiv, regional Gov. Oleh Syniehubov said on Telegram. A 7-year-old girl was among the wounded, he said."),
    C("strike", K("the regional military administration", "Odesa Regional Military Administration", "UA"), "RU", "UA",
      [], "drone", P("Odesa", "Odesa", "UA-51", "settlement"), None,
      "In the southern port city of Odesa, a drone struck a nine-story apartment building, setting its upper floors on fire, according to the regional military administration."),
    C("infrastructure_damage", K("the regional military administration", "Odesa Regional Military Administration", "UA"), "RU", "UA",
      [], "drone", P("Odesa", "Odesa", "UA-51", "settlement"), None,
      "In the southern port city of Odesa, a drone struck a nine-story apartment building, setting its upper floors on fire, according to the regional military administration."),
    C("casualties", K("the State Emergency Service", "State Emergency Service of Ukraine", "UA"), "RU", "UA",
      [Q("injured", "person", 3)], "drone", P("Odesa", "Odesa", "UA-51", "settlement"), None,
      "Three people were injured, the State Emergency Service said."),
    C("negotiation", K("Rustem Umerov, secretary of Ukraine’s National Security and Defense Council", "Rustem Umerov", "UA"),
      "UA", None, [], None, P("Miami", "Miami", "US-FL", "settlement"), T("on Monday", "2025-12-08"),
      "Rustem Umerov, secretary of Ukraine’s National Security and Defense Council, said the delegations would meet in Miami on Monday.",
      modality="planned"),
    C("negotiation", K("The Kremlin", "Kremlin", "RU"), "RU", None, [], None, None, None,
      "The Kremlin said it had received the latest version of the document."),
    C("territorial_change", MOD("Russia’s Defense Ministry"), "RU", "UA", [], None,
      P("Sviato-Pokrovske", "Sviato-Pokrovske", "UA-14", "settlement"), None,
      "On the battlefield, Russia’s Defense Ministry said its forces had captured the villages of Sviato-Pokrovske in the Donetsk region and Novoplatonivka in the Kharkiv region. The claims could not be independently verified, and Ukraine’s military did not comment on them.",
      status="unconfirmed"),
    C("territorial_change", MOD("Russia’s Defense Ministry"), "RU", "UA", [], None,
      P("Novoplatonivka", "Novoplatonivka", "UA-63", "settlement"), None,
      "On the battlefield, Russia’s Defense Ministry said its forces had captured the villages of Sviato-Pokrovske in the Donetsk region and Novoplatonivka in the Kharkiv region. The claims could not be independently verified, and Ukraine’s military did not comment on them.",
      status="unconfirmed"),
    C("strike", GS("Ukraine’s General Staff"), "UA", "RU", [], "drone",
      P("Russia’s Volgograd region", "Volgograd Oblast", "RU-VGG", "region"), N,
      "Ukraine’s General Staff said its long-range drones hit an oil refinery in Russia’s Volgograd region overnight, causing a fire, and struck an ammunition depot in the Russian-occupied part of the Zaporizhzhia region."),
    C("infrastructure_damage", GS("Ukraine’s General Staff"), "UA", "RU", [], "drone",
      P("Russia’s Volgograd region", "Volgograd Oblast", "RU-VGG", "region"), N,
      "Ukraine’s General Staff said its long-range drones hit an oil refinery in Russia’s Volgograd region overnight, causing a fire"),
    C("strike", GS("Ukraine’s General Staff"), "UA", "RU", [], "drone",
      P("the Russian-occupied part of the Zaporizhzhia region", "Zaporizhzhia Oblast", "UA-23", "region"), N,
      "Ukraine’s General Staff said its long-range drones hit an oil refinery in Russia’s Volgograd region overnight, causing a fire, and struck an ammunition depot in the Russian-occupied part of the Zaporizhzhia region."),
    C("interception", K("Volgograd Gov. Andrei Bocharov", "Andrei Bocharov", "RU"), "RU", "UA", [], "drone",
      P("Volgograd", "Volgograd", "RU-VGG", "settlement"), None,
      "Volgograd Gov. Andrei Bocharov said debris from a downed drone had sparked a fire at an industrial site on the city’s southern outskirts, which firefighters put out within hours."),
    C("infrastructure_damage", K("Volgograd Gov. Andrei Bocharov", "Andrei Bocharov", "RU"), "UA", "RU", [], "drone",
      P("Volgograd", "Volgograd", "RU-VGG", "settlement"), None,
      "Volgograd Gov. Andrei Bocharov said debris from a downed drone had sparked a fire at an industrial site on the city’s southern outskirts, which firefighters put out within hours."),
    C("casualties", K("He", "Andrei Bocharov", "RU"), "UA", "RU", [], "drone",
      P("Volgograd", "Volgograd", "RU-VGG", "settlement"), None,
      "He said no one was hurt.", modality="negated"),
    C("interception", MOD("Russia’s Defense Ministry"), "RU", "UA",
      [Q("intercepted", "drone", 67), Q("other", "location", 8)], "drone",
      P("eight Russian regions", "Russia", "RU", "country"), N,
      "Russia’s Defense Ministry said air defenses destroyed 67 Ukrainian drones overnight over eight Russian regions and the Black Sea."),
    C("territorial_change", AP, "RU", "UA", [Q("area", "other", 19, "about")], None,
      P("Ukraine’s territory", "Ukraine", "UA", "country"), None,
      "Russian forces hold nearly 19% of Ukraine’s territory, including the Crimean Peninsula, which Moscow illegally annexed in 2014."),
]

AIRWATCH = [("launched", "drone", 153), ("launched", "missile", 6),
            ("intercepted", "drone", 118), ("intercepted", "missile", 4)]
