from lib import *

ID = "own2-09"
URL = "https://www.pravda.com.ua/eng/news/2025/09/16/7530412/"
RETRIEVED = "2025-09-16T09:30:00+00:00"
DATE = "2025-09-16"
TITLE = "Russia attacks Ukraine with 72 drones overnight, 54 downed"
BYLINE = "Tetiana Oliinyk"

TEXT = """
Russia attacks Ukraine with 72 drones overnight, 54 downed | Ukrainska Pravda
Ukrainska Pravda
Ukrainian version
Russian version
English version
News
Articles
Opinion
Photo
Video
War
Economics
Society
Culture
Support UP
Russia attacks Ukraine with 72 drones overnight, 54 downed
Tetiana Oliinyk — Tuesday, 16 September 2025, 08:52
A Shahed drone. Stock photo: Getty Images
¶Russia attacked Ukraine with 72 Shahed-type attack drones and decoy drones on the night of 15-16 September. Ukrainian air defence downed or suppressed 54 of them.
¶Source: Air Force of the Armed Forces of Ukraine on Telegram
¶Quote: "On the night of 16 September (from 18:00 on 15 September), the enemy attacked with 72 Shahed-type attack UAVs and decoy drones of various types from the directions of Kursk, Millerovo, Primorsko-Akhtarsk and Hvardiiske in Crimea.
¶As of 08:30, air defence had shot down or suppressed 54 enemy UAVs in the north, south and east of the country.
¶Hits by 17 attack UAVs were recorded at eight locations, and downed drones fell at two locations."
¶Details: Hits were recorded in Sumy, Chernihiv and Odesa oblasts, according to regional authorities.
¶Odesa Oblast Military Administration reported that a drone attack on Izmail district had damaged port infrastructure and a warehouse. A fire broke out and was extinguished by rescue workers. No one was injured.
¶In Chernihiv Oblast, a drone hit an agricultural enterprise in Novhorod-Siverskyi hromada, the oblast military administration said. There were no casualties.
¶In Sumy Oblast, Russian drones struck the city of Shostka, damaging a power line. Some consumers were left without electricity, the oblast military administration said.
¶Meanwhile, the Russian Defence Ministry claimed that "air defence systems" had destroyed 21 Ukrainian UAVs over Bryansk, Kursk and Belgorod oblasts overnight.
¶Background: The night before, Russia attacked Ukraine with 98 drones, 71 of which were shot down. Energy facilities in Poltava Oblast were damaged.
¶Earlier, Ukraine's President Volodymyr Zelenskyy stressed that Ukraine needed more air defence systems and interceptor drones to protect cities from Russian attacks during the autumn and winter.
Support UP or become our patron!
Journalists in Ukraine are working under constant shelling and blackouts. Your support helps us keep reporting.
Advertisement:
Most read
Russians attack Kherson with drones, injuring bus driver
Ukraine's General Staff confirms strike on Russian oil terminal
Zelenskyy meets Nordic leaders in Copenhagen
All news
Ukrainska Pravda is a Ukrainian media outlet founded in 2000.
Use of materials is permitted provided that a hyperlink to Ukrainska Pravda is included.
© 2000-2025, Ukrainska Pravda
"""

AF = lambda t: K(t, "Ukrainian Air Force", "UA")
UP = K(None, "Ukrainska Pravda", "media")
N = T("On the night of 16 September (from 18:00 on 15 September)", "2025-09-15T18:00", "2025-09-16T09:00", "part_of_day")
N2 = T("on the night of 15-16 September", "2025-09-15T18:00", "2025-09-16T09:00", "part_of_day")
NN = NIGHT(None, "2025-09-16")
PREV = NIGHT("The night before", "2025-09-15")
ODESA = K("Odesa Oblast Military Administration", "Odesa Regional Military Administration", "UA")
IZM = P("Izmail district", "Izmail district", "UA-51", "district")
CHERN = K("the oblast military administration", "Chernihiv Regional Military Administration", "UA")
NS = P("Novhorod-Siverskyi hromada", "Novhorod-Siverskyi hromada", "UA-74", "district")
SUMY = K("the oblast military administration", "Sumy Regional Military Administration", "UA")
SHOSTKA = P("the city of Shostka", "Shostka", "UA-59", "settlement")
MOD = K("the Russian Defence Ministry", "Russian Ministry of Defence", "RU")
MOD_EV = "Meanwhile, the Russian Defence Ministry claimed that \"air defence systems\" had destroyed 21 Ukrainian UAVs over Bryansk, Kursk and Belgorod oblasts overnight."
RA_EV = "Details: Hits were recorded in Sumy, Chernihiv and Odesa oblasts, according to regional authorities."
RA = K("regional authorities", "Ukrainian regional authorities", "UA")

CLAIMS = [
    C("strike", AF("Air Force of the Armed Forces of Ukraine"), "RU", "UA",
      [Q("launched", "drone", 72), Q("hit", "drone", 17), Q("hit", "location", 8), Q("other", "location", 2)], "drone", None, N,
      "Quote: \"On the night of 16 September (from 18:00 on 15 September), the enemy attacked with 72 Shahed-type attack UAVs and decoy drones of various types from the directions of Kursk, Millerovo, Primorsko-Akhtarsk and Hvardiiske in Crimea."
      "\nAs of 08:30, air defence had shot down or suppressed 54 enemy UAVs in the north, south and east of the country.\nHits by 17 attack UAVs were recorded at eight locations, and downed drones fell at two locations.\""),
    C("interception", AF("Air Force of the Armed Forces of Ukraine"), "UA", "RU", [Q("intercepted", "drone", 54)], "drone",
      P("the north, south and east of the country", "Ukraine", "UA", "country"), N,
      "As of 08:30, air defence had shot down or suppressed 54 enemy UAVs in the north, south and east of the country."),
] + [
    C("strike", RA, "RU", "UA", [], "drone", P(t, n, c, "region"), NN, RA_EV)
    for t, n, c in [("Sumy", "Sumy Oblast", "UA-59"), ("Chernihiv", "Chernihiv Oblast", "UA-74"), ("Odesa oblasts", "Odesa Oblast", "UA-51")]
] + [
    C("strike", ODESA, "RU", "UA", [], "drone", IZM, NN,
      "Odesa Oblast Military Administration reported that a drone attack on Izmail district had damaged port infrastructure and a warehouse."),
    C("infrastructure_damage", ODESA, "RU", "UA", [], "drone", IZM, NN,
      "Odesa Oblast Military Administration reported that a drone attack on Izmail district had damaged port infrastructure and a warehouse. A fire broke out and was extinguished by rescue workers."),
    C("casualties", ODESA, "RU", "UA", [], "drone", IZM, NN, "No one was injured.", modality="negated"),
    C("strike", CHERN, "RU", "UA", [], "drone", NS, NN,
      "In Chernihiv Oblast, a drone hit an agricultural enterprise in Novhorod-Siverskyi hromada, the oblast military administration said."),
    C("casualties", CHERN, "RU", "UA", [], "drone", NS, NN, "There were no casualties.", modality="negated"),
    C("strike", SUMY, "RU", "UA", [], "drone", SHOSTKA, NN,
      "In Sumy Oblast, Russian drones struck the city of Shostka, damaging a power line. Some consumers were left without electricity, the oblast military administration said."),
    C("infrastructure_damage", SUMY, "RU", "UA", [], "drone", SHOSTKA, NN,
      "In Sumy Oblast, Russian drones struck the city of Shostka, damaging a power line. Some consumers were left without electricity, the oblast military administration said."),
    C("interception", MOD, "RU", "UA", [Q("intercepted", "drone", 21)], "drone", P("Bryansk", "Bryansk Oblast", "RU-BRY", "region"), NIGHT("overnight", "2025-09-16"), MOD_EV),
    C("interception", MOD, "RU", "UA", [Q("intercepted", "drone", 21)], "drone", P("Kursk", "Kursk Oblast", "RU-KRS", "region"), NIGHT("overnight", "2025-09-16"), MOD_EV),
    C("interception", MOD, "RU", "UA", [Q("intercepted", "drone", 21)], "drone", P("Belgorod oblasts", "Belgorod Oblast", "RU-BEL", "region"), NIGHT("overnight", "2025-09-16"), MOD_EV),
    C("strike", UP, "RU", "UA", [Q("launched", "drone", 98)], "drone", P("Ukraine", "Ukraine", "UA", "country"), PREV,
      "Background: The night before, Russia attacked Ukraine with 98 drones, 71 of which were shot down."),
    C("interception", UP, "UA", "RU", [Q("intercepted", "drone", 71)], "drone", None, PREV,
      "Background: The night before, Russia attacked Ukraine with 98 drones, 71 of which were shot down."),
    C("infrastructure_damage", UP, "RU", "UA", [], "drone", P("Poltava Oblast", "Poltava Oblast", "UA-53", "region"), PREV,
      "Energy facilities in Poltava Oblast were damaged."),
]

AIRWATCH = [("launched", "drone", 72), ("intercepted", "drone", 54)]
