from lib import *

ID = "own2-12"
URL = "https://understandingwar.org/research/russia-ukraine/russian-offensive-campaign-assessment-october-13-2025/"
RETRIEVED = "2025-10-14T03:10:42+00:00"
DATE = "2025-10-13"
TITLE = "Russian Offensive Campaign Assessment, October 13, 2025"
BYLINE = "Anna Harwell, Daniel Sokol, Yevhen Marchenko, and Lucas Brenner"

TEXT = """
Russian Offensive Campaign Assessment, October 13, 2025 | ISW
Skip to main content
Institute for the Study of War
Research
Russia & Ukraine
Iran
China & Taiwan
Middle East
Interactive Maps
Publications
About
Donate
Russian Offensive Campaign Assessment, October 13, 2025
Anna Harwell, Daniel Sokol, Yevhen Marchenko, and Lucas Brenner
October 13, 2025, 7:15 pm ET
Open the interactive map of the invasion here. It is refreshed every day together with the static maps in this update.
Browse the archive of time-lapse maps of the invasion here.
Note: The data cut-off for this product was 12:30 pm ET on October 13. ISW will cover subsequent reports in the October 14 Russian Offensive Campaign Assessment.
¶Russian forces conducted a combined drone and missile strike against Ukraine on the night of October 12 to 13, primarily targeting energy and gas infrastructure in Kharkiv and Poltava oblasts. The Ukrainian Air Force reported that Russian forces launched three Iskander-M ballistic missiles from Belgorod Oblast and 118 Shahed-type and decoy drones from the directions of Kursk, Oryol, and Bryansk cities and Primorsko-Akhtarsk, Krasnodar Krai. The Ukrainian Air Force reported that Ukrainian forces downed 93 drones and two of the missiles and that three drones and one missile struck six locations. Kharkiv Oblast Military Administration Head Oleh Syniehubov reported that the strikes damaged a gas production facility in Krasnohrad Raion. Ukraine’s state energy company Naftogaz reported that the strikes damaged its facilities in Poltava Oblast, the sixth Russian strike against Naftogaz infrastructure since the start of October.
¶Russia continues to prioritize strikes against Ukraine’s gas production ahead of the winter heating season. ISW continues to assess that Russia intends to degrade Ukraine’s energy infrastructure to erode Ukrainian morale and the will to resist.
¶Ukrainian forces struck the Saratov Oil Refinery overnight on October 12 to 13. The Ukrainian General Staff reported that Ukrainian forces struck the refinery in Saratov City and that the strike caused a fire. Saratov Oblast Governor Roman Busargin claimed that a Ukrainian drone strike damaged an industrial enterprise in Saratov City and that the strike did not injure anyone. The Russian Ministry of Defense (MoD) claimed that Russian forces downed 57 Ukrainian drones over Russia overnight on October 12 to 13.
¶Key Takeaways:
¶Russian forces conducted a combined drone and missile strike against Ukraine on the night of October 12 to 13.
¶Ukrainian forces struck the Saratov Oil Refinery overnight on October 12 to 13.
¶Ukrainian forces recently advanced in Kupiansk. Russian forces recently advanced near Kostyantynivka and Siversk.
¶Chechen Republic Head Ramzan Kadyrov claimed that Chechnya has sent more than 3,000 volunteers to the front since September.
¶Ukrainian Operations in the Russian Federation
¶There were no confirmed reports of Ukrainian advances or Russian gains in Kursk or Belgorod oblasts on October 12 and 13.
¶Russian Main Effort – Eastern Ukraine
¶Russian goal: take the rest of Kharkiv Oblast and drive Ukrainian forces away from the border with Belgorod Oblast
¶Ukrainian forces recently advanced in Kupiansk. Geolocated footage published on October 12 indicates that Ukrainian forces recently advanced in northern Kupiansk. A spokesperson for a Ukrainian brigade operating in the Kupiansk direction stated that Russian forces continue to attempt to infiltrate Kupiansk in small groups and to hide in basements of high-rise buildings.
¶The Russian MoD claimed that Russian forces seized Pishchane (southeast of Kupiansk), but ISW has not observed confirmation of this claim.
¶Russian goal: take the rest of Donetsk Oblast
¶Russian forces recently advanced near Siversk. Geolocated footage published on October 12 indicates that Russian forces recently advanced east of Zvanivka (northeast of Siversk). Russian milbloggers claimed that Russian forces advanced further west of Zvanivka, but ISW has not observed confirmation of these claims.
¶Russian forces recently advanced near Kostyantynivka. Geolocated footage published on October 13 indicates that Russian forces recently advanced in southeastern Kostyantynivka.
¶Russian forces continued offensive operations in the Pokrovsk direction on October 12 and 13 but did not advance. Ukraine’s Southern Defense Forces Spokesperson Colonel Vladyslav Voloshyn stated on October 13 that Russian forces conducted 47 assaults in the Pokrovsk direction over the past day, mostly near Rodynske and Novoekonomichne.
¶Russian Supporting Effort – Southern Axis
¶Russian forces continued limited ground attacks in the Zaporizhia direction on October 12 and 13 but did not make confirmed advances.
¶Russian Mobilization and Force Generation Efforts
¶Chechen Republic Head Ramzan Kadyrov claimed on October 12 that Chechnya has sent more than 3,000 volunteers to the front since September. ISW cannot verify Kadyrov’s claim.
¶Ukrainian Defense Industrial Efforts
¶Nothing significant to report.
¶Russian Information Operations and Narratives
¶Russian officials continued to promote narratives claiming that Ukraine is not interested in peace negotiations, likely to deflect blame for the lack of progress in US-led talks.
¶Note: this assessment draws only on open sources; no classified material from any government, military or intelligence service is used in preparing it.
Related Content
Russian Offensive Campaign Assessment, October 12, 2025
Russian Offensive Campaign Assessment, October 11, 2025
Subscribe to ISW's daily updates
Institute for the Study of War
1400 16th Street NW, Suite 515
Washington, DC 20036
Careers
Contact
Privacy Policy
© 2025 Institute for the Study of War
"""

AF = lambda t: K(t, "Ukrainian Air Force", "UA")
ISW = K("ISW", "Institute for the Study of War", "third_party")
ISWm = K(None, "Institute for the Study of War", "third_party")
N = T("on the night of October 12 to 13", "2025-10-12T18:00", "2025-10-13T09:00", "part_of_day")
NS = T("overnight on October 12 to 13", "2025-10-12T18:00", "2025-10-13T09:00", "part_of_day")
NN = T(None, "2025-10-12T18:00", "2025-10-13T09:00", "part_of_day")
D1213 = T("on October 12 and 13", "2025-10-12", "2025-10-13", "day")
AF_EV = ("The Ukrainian Air Force reported that Russian forces launched three Iskander-M ballistic missiles from Belgorod Oblast and 118 Shahed-type and decoy drones from the directions of Kursk, Oryol, and Bryansk cities and Primorsko-Akhtarsk, Krasnodar Krai. "
         "The Ukrainian Air Force reported that Ukrainian forces downed 93 drones and two of the missiles and that three drones and one missile struck six locations.")
AF_EV2 = "The Ukrainian Air Force reported that Ukrainian forces downed 93 drones and two of the missiles and that three drones and one missile struck six locations."
SAR = P("Saratov City", "Saratov", "RU-SAR", "settlement")
BUS = K("Saratov Oblast Governor Roman Busargin", "Roman Busargin", "RU")
BUS_EV = "Saratov Oblast Governor Roman Busargin claimed that a Ukrainian drone strike damaged an industrial enterprise in Saratov City and that the strike did not injure anyone."
GS = K("The Ukrainian General Staff", "General Staff of the Armed Forces of Ukraine", "UA")
GS_EV = "The Ukrainian General Staff reported that Ukrainian forces struck the refinery in Saratov City and that the strike caused a fire."
KUP = P("Kupiansk", "Kupiansk", "UA-63", "settlement")

CLAIMS = [
    C("strike", ISWm, "RU", "UA", [], "mixed", P("Kharkiv", "Kharkiv Oblast", "UA-63", "region"), N,
      "Russian forces conducted a combined drone and missile strike against Ukraine on the night of October 12 to 13, primarily targeting energy and gas infrastructure in Kharkiv and Poltava oblasts."),
    C("strike", ISWm, "RU", "UA", [], "mixed", P("Poltava oblasts", "Poltava Oblast", "UA-53", "region"), N,
      "Russian forces conducted a combined drone and missile strike against Ukraine on the night of October 12 to 13, primarily targeting energy and gas infrastructure in Kharkiv and Poltava oblasts."),
    C("strike", AF("The Ukrainian Air Force"), "RU", "UA",
      [Q("launched", "missile", 3), Q("launched", "drone", 118), Q("hit", "drone", 3), Q("hit", "missile", 1), Q("hit", "location", 6)],
      "mixed", None, NN, AF_EV),
    C("interception", AF("The Ukrainian Air Force"), "UA", "RU", [Q("intercepted", "drone", 93), Q("intercepted", "missile", 2)],
      "mixed", None, NN, AF_EV2),
    C("infrastructure_damage", K("Kharkiv Oblast Military Administration Head Oleh Syniehubov", "Oleh Syniehubov", "UA"), "RU", "UA", [], "mixed",
      P("Krasnohrad Raion", "Krasnohrad Raion", "UA-63", "district"), NN,
      "Kharkiv Oblast Military Administration Head Oleh Syniehubov reported that the strikes damaged a gas production facility in Krasnohrad Raion."),
    C("infrastructure_damage", K("Ukraine’s state energy company Naftogaz", "Naftogaz", "UA"), "RU", "UA", [], "mixed",
      P("Poltava Oblast", "Poltava Oblast", "UA-53", "region"), NN,
      "Ukraine’s state energy company Naftogaz reported that the strikes damaged its facilities in Poltava Oblast, the sixth Russian strike against Naftogaz infrastructure since the start of October."),
    C("strike", ISWm, "UA", "RU", [], "unknown", P("the Saratov Oil Refinery", "Saratov Oil Refinery", "RU-SAR", "point"), NS,
      "Ukrainian forces struck the Saratov Oil Refinery overnight on October 12 to 13."),
    C("strike", GS, "UA", "RU", [], "unknown", SAR, NN, GS_EV),
    C("infrastructure_damage", GS, "UA", "RU", [], "unknown", SAR, NN, GS_EV),
    C("strike", BUS, "UA", "RU", [], "drone", SAR, NN, BUS_EV),
    C("infrastructure_damage", BUS, "UA", "RU", [], "drone", SAR, NN, BUS_EV),
    C("casualties", BUS, "UA", "RU", [], "drone", SAR, NN, BUS_EV, modality="negated"),
    C("interception", K("The Russian Ministry of Defense (MoD)", "Russian Ministry of Defence", "RU"), "RU", "UA",
      [Q("intercepted", "drone", 57)], "drone", P("Russia", "Russia", "RU", "country"), NS,
      "The Russian Ministry of Defense (MoD) claimed that Russian forces downed 57 Ukrainian drones over Russia overnight on October 12 to 13."),
    C("mobilization", K("Chechen Republic Head Ramzan Kadyrov", "Ramzan Kadyrov", "RU"), "RU", None,
      [Q("other", "person", 3000, "at_least", "military")], None, P("Chechen Republic", "Chechnya", "RU-CE", "region"),
      T("since September", "2025-09-01", "2025-10-12", "month"),
      "Chechen Republic Head Ramzan Kadyrov claimed on October 12 that Chechnya has sent more than 3,000 volunteers to the front since September. ISW cannot verify Kadyrov’s claim.",
      status="unconfirmed"),
    C("territorial_change", ISWm, None, None, [], None, P("Kursk", "Kursk Oblast", "RU-KRS", "region"), D1213,
      "There were no confirmed reports of Ukrainian advances or Russian gains in Kursk or Belgorod oblasts on October 12 and 13.",
      modality="negated"),
    C("territorial_change", ISWm, None, None, [], None, P("Belgorod oblasts", "Belgorod Oblast", "RU-BEL", "region"), D1213,
      "There were no confirmed reports of Ukrainian advances or Russian gains in Kursk or Belgorod oblasts on October 12 and 13.",
      modality="negated"),
    C("territorial_change", ISWm, "UA", "RU", [], None, KUP, None,
      "Geolocated footage published on October 12 indicates that Ukrainian forces recently advanced in northern Kupiansk."),
    C("ground_combat", K("A spokesperson for a Ukrainian brigade operating in the Kupiansk direction", None, "UA"), "RU", "UA", [], None, KUP, None,
      "A spokesperson for a Ukrainian brigade operating in the Kupiansk direction stated that Russian forces continue to attempt to infiltrate Kupiansk in small groups and to hide in basements of high-rise buildings."),
    C("territorial_change", K("The Russian MoD", "Russian Ministry of Defence", "RU"), "RU", "UA", [], None,
      P("Pishchane", "Pishchane", "UA-63", "settlement"), None,
      "The Russian MoD claimed that Russian forces seized Pishchane (southeast of Kupiansk), but ISW has not observed confirmation of this claim.",
      status="unconfirmed"),
    C("territorial_change", ISWm, "RU", "UA", [], None, P("Zvanivka", "Zvanivka", "UA-14", "settlement"), None,
      "Geolocated footage published on October 12 indicates that Russian forces recently advanced east of Zvanivka (northeast of Siversk)."),
    C("territorial_change", K("Russian milbloggers", "Russian milbloggers", "RU"), "RU", "UA", [], None,
      P("Zvanivka", "Zvanivka", "UA-14", "settlement"), None,
      "Russian milbloggers claimed that Russian forces advanced further west of Zvanivka, but ISW has not observed confirmation of these claims.",
      status="unconfirmed"),
    C("territorial_change", ISWm, "RU", "UA", [], None, P("Kostyantynivka", "Kostiantynivka", "UA-14", "settlement"), None,
      "Geolocated footage published on October 13 indicates that Russian forces recently advanced in southeastern Kostyantynivka."),
    C("ground_combat", ISWm, "RU", "UA", [], None, P("the Pokrovsk direction", "Pokrovsk", "UA-14", "district"), D1213,
      "Russian forces continued offensive operations in the Pokrovsk direction on October 12 and 13 but did not advance."),
    C("territorial_change", ISWm, "RU", "UA", [], None, P("the Pokrovsk direction", "Pokrovsk", "UA-14", "district"), D1213,
      "Russian forces continued offensive operations in the Pokrovsk direction on October 12 and 13 but did not advance.",
      modality="negated"),
    C("ground_combat", K("Ukraine’s Southern Defense Forces Spokesperson Colonel Vladyslav Voloshyn", "Vladyslav Voloshyn", "UA"), "RU", "UA",
      [Q("engagements", "engagement", 47)], None, P("the Pokrovsk direction", "Pokrovsk", "UA-14", "district"),
      T("over the past day", "2025-10-12", "2025-10-13", "day"),
      "Ukraine’s Southern Defense Forces Spokesperson Colonel Vladyslav Voloshyn stated on October 13 that Russian forces conducted 47 assaults in the Pokrovsk direction over the past day, mostly near Rodynske and Novoekonomichne."),
    C("ground_combat", K("Ukraine’s Southern Defense Forces Spokesperson Colonel Vladyslav Voloshyn", "Vladyslav Voloshyn", "UA"), "RU", "UA",
      [Q("engagements", "engagement", 47)], None, P("Rodynske", "Rodynske", "UA-14", "settlement"), T("over the past day", "2025-10-12", "2025-10-13", "day"),
      "Ukraine’s Southern Defense Forces Spokesperson Colonel Vladyslav Voloshyn stated on October 13 that Russian forces conducted 47 assaults in the Pokrovsk direction over the past day, mostly near Rodynske and Novoekonomichne."),
    C("ground_combat", K("Ukraine’s Southern Defense Forces Spokesperson Colonel Vladyslav Voloshyn", "Vladyslav Voloshyn", "UA"), "RU", "UA",
      [Q("engagements", "engagement", 47)], None, P("Novoekonomichne", "Novoekonomichne", "UA-14", "settlement"), T("over the past day", "2025-10-12", "2025-10-13", "day"),
      "Ukraine’s Southern Defense Forces Spokesperson Colonel Vladyslav Voloshyn stated on October 13 that Russian forces conducted 47 assaults in the Pokrovsk direction over the past day, mostly near Rodynske and Novoekonomichne."),
    C("ground_combat", ISWm, "RU", "UA", [], None, P("the Zaporizhia direction", "Zaporizhzhia direction", "UA-23", "district"), D1213,
      "Russian forces continued limited ground attacks in the Zaporizhia direction on October 12 and 13 but did not make confirmed advances."),
    C("territorial_change", ISWm, "RU", "UA", [], None, P("the Zaporizhia direction", "Zaporizhzhia direction", "UA-23", "district"), D1213,
      "Russian forces continued limited ground attacks in the Zaporizhia direction on October 12 and 13 but did not make confirmed advances.",
      modality="negated"),
]

AIRWATCH = [("launched", "drone", 118), ("launched", "missile", 3), ("intercepted", "drone", 93)]
