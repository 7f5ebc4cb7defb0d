from lib import *

ID = "own2-02"
URL = "https://www.reuters.com/world/europe/ukraine-says-it-downed-38-51-russian-drones-moscow-reports-attacks-border-regions-2024-08-18/"
RETRIEVED = "2024-08-19T06:12:40+00:00"
DATE = "2024-08-18"
TITLE = "Ukraine says it downed 38 of 51 Russian drones as Moscow reports attacks on border regions"
BYLINE = "Kateryna Hrytsenko and Peter Vollmer"

TEXT = """
Ukraine says it downed 38 of 51 Russian drones as Moscow reports attacks on border regions | Reuters
Skip to main content
Exclusive news, data and analytics for financial market professionals
Learn more about
Refinitiv
My News
Sign In
Register
World
Business
Markets
Sustainability
Legal
Breakingviews
Technology
Investigations
More
Europe
Ukraine says it downed 38 of 51 Russian drones as Moscow reports attacks on border regions
By Kateryna Hrytsenko and Peter Vollmer
August 18, 20249:41 AM GMT+3Updated August 18, 2024
Item 1 of 2 A view shows a power substation damaged by a Russian missile strike on the outskirts of Sumy, Ukraine August 18, 2024. REUTERS/Stringer
[1/2]A view shows a power substation damaged by a Russian missile strike on the outskirts of Sumy, Ukraine August 18, 2024. REUTERS/Stringer Purchase Licensing Rights, opens new tab
¶KYIV, Aug 18 (Reuters) - Ukraine's air force said on Sunday it had downed 38 of 51 drones that Russia launched at the country overnight, as well as one of four Iskander-M ballistic missiles.
¶The missiles targeted the northeastern Sumy region, the air force said on the Telegram messaging app.
¶Regional authorities said a strike on the outskirts of the city of Sumy had damaged a power substation, leaving about 4,000 households without electricity. There were no casualties, they said.
¶Russian forces also shelled the town of Nikopol, across the Dnipro River from the Russian-held Zaporizhzhia nuclear power plant, wounding a 68-year-old man, Dnipropetrovsk regional Governor Serhiy Lysak said.
¶The overnight attack came nearly two weeks into Ukraine's cross-border incursion into Russia's Kursk region, the largest attack on Russian territory by a foreign army since World War Two.
¶Ukraine's top commander, Oleksandr Syrskyi, said last week that Kyiv's forces controlled 1,210 square km (467 square miles) of territory and 87 settlements in the region. Moscow has not said how much ground it has lost.
¶President Volodymyr Zelenskiy has said the operation is not intended to hold Russian land indefinitely but to put pressure on Moscow and to stop shelling of Ukrainian border communities.
¶Russia's Defence Ministry said on Sunday its air defence units had destroyed 31 Ukrainian drones overnight, 22 of them over the Kursk region and the rest over the Belgorod and Voronezh regions.
¶In the Kursk region, acting Governor Alexei Smirnov said a Ukrainian drone had struck a car near the town of Lgov, killing the driver and injuring two passengers.
¶Belgorod Governor Vyacheslav Gladkov said three people were wounded when Ukrainian forces shelled the village of Krasnaya Yaruga, and that several homes and a school building had been damaged.
¶Reuters could not independently verify the battlefield accounts of either side.
¶In eastern Ukraine, Russian troops have kept advancing towards the logistics hub of Pokrovsk, which lies on a key road and rail route supplying Ukrainian forces in the Donetsk region.
¶The Ukrainian military's General Staff said its troops had repelled 52 Russian assaults in the Pokrovsk sector on Saturday, the most on any part of the front.
¶Military analysts say Moscow hopes that the pressure in the east will force Kyiv to pull units back from Kursk, something Ukrainian commanders have so far declined to do.
¶Russia, which launched its full-scale invasion of Ukraine in February 2022, controls about 18% of Ukrainian territory.
Reporting by Kateryna Hrytsenko in Kyiv and Peter Vollmer in London; Editing by Helen Popper
Our Standards: The Thomson Reuters Trust Principles., opens new tab
Suggested Topics:
Europe
Purchase Licensing Rights
Read Next
World
Heatwave grips southern Europe as wildfires spread in Greece
Business
Oil steadies as investors weigh Middle East ceasefire hopes
World
Thousands rally in Tbilisi against 'foreign agents' law
Site Index
Latest
Home
Authors
Topic Sitemap
Archive
Article Sitemap
Browse
World
Business
Markets
Sustainability
Legal
Breakingviews
Technology
About Reuters
About Reuters, opens new tab
Careers, opens new tab
Reuters News Agency, opens new tab
Brand Attribution Guidelines, opens new tab
Reuters Leadership, opens new tab
Reuters Fact Check, opens new tab
Reuters Diversity Report, opens new tab
All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.
© 2024 Reuters. All rights reserved
"""

AF = lambda t: K(t, "Ukrainian Air Force", "UA")
MOD = lambda t: K(t, "Russian Ministry of Defence", "RU")
RT = K(None, "Reuters", "media")
N = NIGHT("overnight", "2024-08-18")
SUMY_RA = K("Regional authorities", "Sumy Regional Military Administration", "UA")

CLAIMS = [
    C("strike", AF("Ukraine's air force"), "RU", "UA",
      [Q("launched", "drone", 51), Q("launched", "missile", 4)], "mixed", P("the country", "Ukraine", "UA", "country"), N,
      "Ukraine's air force said on Sunday it had downed 38 of 51 drones that Russia launched at the country overnight, as well as one of four Iskander-M ballistic missiles."),
    C("interception", AF("Ukraine's air force"), "UA", "RU",
      [Q("intercepted", "drone", 38), Q("intercepted", "missile", 1)], "mixed", P("the country", "Ukraine", "UA", "country"), N,
      "Ukraine's air force said on Sunday it had downed 38 of 51 drones that Russia launched at the country overnight, as well as one of four Iskander-M ballistic missiles."),
    C("strike", AF("the air force"), "RU", "UA", [], "missile",
      P("the northeastern Sumy region", "Sumy Oblast", "UA-59", "region"), N,
      "The missiles targeted the northeastern Sumy region, the air force said on the Telegram messaging app."),
    C("strike", SUMY_RA, "RU", "UA", [], "missile", P("the city of Sumy", "Sumy", "UA-59", "settlement"), N,
      "Regional authorities said a strike on the outskirts of the city of Sumy had damaged a power substation, leaving about 4,000 households without electricity."),
    C("infrastructure_damage", SUMY_RA, "RU", "UA", [Q("other", "other", 4000, "about")], "missile",
      P("the city of Sumy", "Sumy", "UA-59", "settlement"), N,
      "Regional authorities said a strike on the outskirts of the city of Sumy had damaged a power substation, leaving about 4,000 households without electricity."),
    C("casualties", K("they", "Sumy Regional Military Administration", "UA"), "RU", "UA", [], "missile",
      P("the city of Sumy", "Sumy", "UA-59", "settlement"), N,
      "There were no casualties, they said.", modality="negated"),
    C("strike", K("Dnipropetrovsk regional Governor Serhiy Lysak", "Serhiy Lysak", "UA"), "RU", "UA", [], "artillery",
      P("the town of Nikopol", "Nikopol", "UA-12", "settlement"), None,
      "Russian forces also shelled the town of Nikopol, across the Dnipro River from the Russian-held Zaporizhzhia nuclear power plant, wounding a 68-year-old man, Dnipropetrovsk regional Governor Serhiy Lysak said."),
    C("casualties", K("Dnipropetrovsk regional Governor Serhiy Lysak", "Serhiy Lysak", "UA"), "RU", "UA", [], "artillery",
      P("the town of Nikopol", "Nikopol", "UA-12", "settlement"), None,
      "Russian forces also shelled the town of Nikopol, across the Dnipro River from the Russian-held Zaporizhzhia nuclear power plant, wounding a 68-year-old man, Dnipropetrovsk regional Governor Serhiy Lysak said."),
    C("ground_combat", RT, "UA", "RU", [], None, P("Russia's Kursk region", "Kursk Oblast", "RU-KRS", "region"),
      T("nearly two weeks", "2024-08-05", "2024-08-18", "week"),
      "The overnight attack came nearly two weeks into Ukraine's cross-border incursion into Russia's Kursk region, the largest attack on Russian territory by a foreign army since World War Two."),
    C("territorial_change", K("Ukraine's top commander, Oleksandr Syrskyi", "Oleksandr Syrskyi", "UA"), "UA", "RU",
      [Q("area", "km2", 1210), Q("captured", "settlement", 87)], None,
      P("the region", "Kursk Oblast", "RU-KRS", "region"), None,
      "Ukraine's top commander, Oleksandr Syrskyi, said last week that Kyiv's forces controlled 1,210 square km (467 square miles) of territory and 87 settlements in the region. Moscow has not said how much ground it has lost.",
      status="unconfirmed"),
    C("interception", MOD("Russia's Defence Ministry"), "RU", "UA", [Q("intercepted", "drone", 31), Q("intercepted", "drone", 22)], "drone",
      P("the Kursk region", "Kursk Oblast", "RU-KRS", "region"), N,
      "Russia's Defence Ministry said on Sunday its air defence units had destroyed 31 Ukrainian drones overnight, 22 of them over the Kursk region and the rest over the Belgorod and Voronezh regions."),
    C("interception", MOD("Russia's Defence Ministry"), "RU", "UA", [Q("intercepted", "drone", 31)], "drone",
      P("the Belgorod", "Belgorod Oblast", "RU-BEL", "region"), N,
      "Russia's Defence Ministry said on Sunday its air defence units had destroyed 31 Ukrainian drones overnight, 22 of them over the Kursk region and the rest over the Belgorod and Voronezh regions."),
    C("interception", MOD("Russia's Defence Ministry"), "RU", "UA", [Q("intercepted", "drone", 31)], "drone",
      P("Voronezh regions", "Voronezh Oblast", "RU-VOR", "region"), N,
      "Russia's Defence Ministry said on Sunday its air defence units had destroyed 31 Ukrainian drones overnight, 22 of them over the Kursk region and the rest over the Belgorod and Voronezh regions."),
    C("strike", K("acting Governor Alexei Smirnov", "Alexei Smirnov", "RU"), "UA", "RU", [], "drone",
      P("the town of Lgov", "Lgov", "RU-KRS", "settlement"), None,
      "In the Kursk region, acting Governor Alexei Smirnov said a Ukrainian drone had struck a car near the town of Lgov, killing the driver and injuring two passengers."),
    C("casualties", K("acting Governor Alexei Smirnov", "Alexei Smirnov", "RU"), "UA", "RU", [Q("injured", "person", 2)], "drone",
      P("the town of Lgov", "Lgov", "RU-KRS", "settlement"), None,
      "In the Kursk region, acting Governor Alexei Smirnov said a Ukrainian drone had struck a car near the town of Lgov, killing the driver and injuring two passengers."),
    C("strike", K("Belgorod Governor Vyacheslav Gladkov", "Vyacheslav Gladkov", "RU"), "UA", "RU", [], "artillery",
      P("the village of Krasnaya Yaruga", "Krasnaya Yaruga", "RU-BEL", "settlement"), None,
      "Belgorod Governor Vyacheslav Gladkov said three people were wounded when Ukrainian forces shelled the village of Krasnaya Yaruga, and that several homes and a school building had been damaged."),
    C("casualties", K("Belgorod Governor Vyacheslav Gladkov", "Vyacheslav Gladkov", "RU"), "UA", "RU", [Q("injured", "person", 3)], "artillery",
      P("the village of Krasnaya Yaruga", "Krasnaya Yaruga", "RU-BEL", "settlement"), None,
      "Belgorod Governor Vyacheslav Gladkov said three people were wounded when Ukrainian forces shelled the village of Krasnaya Yaruga"),
    C("infrastructure_damage", K("Belgorod Governor Vyacheslav Gladkov", "Vyacheslav Gladkov", "RU"), "UA", "RU", [], "artillery",
      P("the village of Krasnaya Yaruga", "Krasnaya Yaruga", "RU-BEL", "settlement"), None,
      "Belgorod Governor Vyacheslav Gladkov said three people were wounded when Ukrainian forces shelled the village of Krasnaya Yaruga, and that several homes and a school building had been damaged."),
    C("ground_combat", RT, "RU", "UA", [], None, P("Pokrovsk", "Pokrovsk", "UA-14", "settlement"), None,
      "In eastern Ukraine, Russian troops have kept advancing towards the logistics hub of Pokrovsk, which lies on a key road and rail route supplying Ukrainian forces in the Donetsk region."),
    C("ground_combat", K("The Ukrainian military's General Staff", "General Staff of the Armed Forces of Ukraine", "UA"), "RU", "UA",
      [Q("engagements", "engagement", 52)], None, P("the Pokrovsk sector", "Pokrovsk", "UA-14", "district"),
      T("on Saturday", "2024-08-17"),
      "The Ukrainian military's General Staff said its troops had repelled 52 Russian assaults in the Pokrovsk sector on Saturday, the most on any part of the front."),
    C("territorial_change", RT, "RU", "UA", [Q("area", "other", 18, "about")], None,
      P("Ukrainian territory", "Ukraine", "UA", "country"), None,
      "Russia, which launched its full-scale invasion of Ukraine in February 2022, controls about 18% of Ukrainian territory."),
]

AIRWATCH = [("launched", "drone", 51), ("launched", "missile", 4), ("intercepted", "drone", 38)]
