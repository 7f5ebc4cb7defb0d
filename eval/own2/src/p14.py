from lib import *

ID = "own2-14"
URL = "https://www.citynews.ca/2024/11/22/russian-troops-close-in-on-kurakhove-north-korean-units/"
RETRIEVED = "2024-11-22"
DATE = "2024-11-22"
TITLE = "Russian troops close in on Kurakhove as Kyiv says North Korean units have joined the fighting"
BYLINE = "Hanna Arhirova and Emma Burrows, The Associated Press"

TEXT = """
 date 2024-11-22 Russian troops close in on Kurakhove as Kyiv says North Korean units have joined the fighting

Ukrainian servicemen of the 46th Airmobile Brigade fire a howitzer toward Russian positions near Kurakhove, Donetsk region, Ukraine, Thursday, Nov. 21, 2024. (AP Photo/Evgeniy Maloletka) Copyright 2024 The Associated Press. All rights reserved

By Hanna Arhirova and Emma Burrows, The Associated Press

Posted November 22, 2024 5:02 am.

Last Updated November 22, 2024 1:37 pm.

¶KYIV, Ukraine (AP) — Russian forces have pushed into the outskirts of the eastern Ukrainian town of Kurakhove and are trying to encircle its defenders, a Ukrainian military spokesman said Friday, as Moscow presses its fastest advance in more than a year.
¶Russian troops are attacking from three directions and have cut one of the two main roads into the town, Ivan Bondar, a spokesman for the Khortytsia group of forces, told Ukrainian television. About 1,000 civilians remain in Kurakhove, which had a prewar population of around 18,000, according to local authorities.
¶Russia’s Defense Ministry said Friday that its troops had captured the villages of Illinka and Berestky near Kurakhove over the past week, and that Ukraine had lost up to 3,200 troops in the area during the same period.
¶Ukraine’s General Staff said 46 clashes took place in the Kurakhove sector on Thursday, the most anywhere along the roughly 1,000-kilometer (600-mile) front line.
¶Russian shelling killed two civilians in Kurakhove on Thursday, Donetsk regional Gov. Vadym Filashkin said.
¶Russia has made steady gains in the Donetsk region since capturing the town of Avdiivka in February, using its advantage in manpower and artillery to grind forward village by village.
¶“The Russians are paying a huge price for every kilometer, but they are prepared to pay it,” said Mykola Hrytsai, a retired Ukrainian colonel who now works as a military commentator. “The question is whether we have enough infantry to make them keep paying.”
¶Ukraine’s military intelligence agency said Thursday that North Korean troops deployed to Russia’s Kursk region had begun taking part in combat alongside Russian marines and airborne units. It estimated that about 12,500 North Korean soldiers were now in the region.
¶The Kremlin has neither confirmed nor denied the presence of North Korean troops. Spokesman Dmitry Peskov said Friday that military cooperation with Pyongyang was “a sovereign matter” for the two countries.
¶Ukraine’s General Staff said its forces had struck an S-400 air defense system in the Kursk region with U.S.-supplied ATACMS missiles on Thursday, destroying a radar station. Russia’s Defense Ministry said it had shot down five ATACMS missiles over the region that day.
¶President Volodymyr Zelenskyy said Friday that Ukraine would form 10 new mechanized brigades by the end of the year, but that allies had yet to deliver the armored vehicles to equip them.
¶Ukraine has struggled to replace troops lost in almost three years of war. A law that lowered the conscription age to 25 came into force in the spring, but recruitment has fallen short of the military’s needs.
¶___
¶Follow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine

Hanna Arhirova and Emma Burrows, The Associated Press


Submit a Correction
Accessibility Feedback

Top Stories

Province announces new funding for rural hospitals

TORONTO — The provincial government says it will spend millions to keep emergency rooms open in small communities after a summer of temporary closures...

1h ago

Transit riders face delays after signal problem on subway line

Commuters are being told to expect delays after a signal problem forced trains to run at reduced speed through several stations...

2h ago

Most Watched Today

1:52
First snowfall of the season blankets city

Residents woke up to a light dusting of snow on Friday morning.

6h ago
More Videos
"""

BONDAR = K("Ivan Bondar, a spokesman for the Khortytsia group of forces", "Ivan Bondar", "UA")
KUR = P("the eastern Ukrainian town of Kurakhove", "Kurakhove", "UA-14", "settlement")
MOD = lambda t: K(t, "Russian Ministry of Defence", "RU")
GS = K("Ukraine’s General Staff", "General Staff of the Armed Forces of Ukraine", "UA")
WEEK = T("over the past week", "2024-11-15", "2024-11-22", "week")
MOD_EV = "Russia’s Defense Ministry said Friday that its troops had captured the villages of Illinka and Berestky near Kurakhove over the past week, and that Ukraine had lost up to 3,200 troops in the area during the same period."
THU = T("on Thursday", "2024-11-21")
FIL = K("Donetsk regional Gov. Vadym Filashkin", "Vadym Filashkin", "UA")
HUR = K("Ukraine’s military intelligence agency", "Defence Intelligence of Ukraine (HUR)", "UA")
HUR_EV = "Ukraine’s military intelligence agency said Thursday that North Korean troops deployed to Russia’s Kursk region had begun taking part in combat alongside Russian marines and airborne units. It estimated that about 12,500 North Korean soldiers were now in the region."
KURSK = P("Russia’s Kursk region", "Kursk Oblast", "RU-KRS", "region")
ATACMS_EV = "Ukraine’s General Staff said its forces had struck an S-400 air defense system in the Kursk region with U.S.-supplied ATACMS missiles on Thursday, destroying a radar station."

CLAIMS = [
    C("territorial_change", K("a Ukrainian military spokesman", "Ivan Bondar", "UA"), "RU", "UA", [], None, KUR, None,
      "Russian forces have pushed into the outskirts of the eastern Ukrainian town of Kurakhove and are trying to encircle its defenders, a Ukrainian military spokesman said Friday"),
    C("ground_combat", BONDAR, "RU", "UA", [], None, KUR, None,
      "Russian forces have pushed into the outskirts of the eastern Ukrainian town of Kurakhove and are trying to encircle its defenders, a Ukrainian military spokesman said Friday, as Moscow presses its fastest advance in more than a year.\nRussian troops are attacking from three directions and have cut one of the two main roads into the town, Ivan Bondar, a spokesman for the Khortytsia group of forces, told Ukrainian television."),
    C("territorial_change", MOD("Russia’s Defense Ministry"), "RU", "UA", [], None, P("Illinka", "Illinka", "UA-14", "settlement"), WEEK, MOD_EV),
    C("territorial_change", MOD("Russia’s Defense Ministry"), "RU", "UA", [], None, P("Berestky", "Berestky", "UA-14", "settlement"), WEEK, MOD_EV),
    C("casualties", MOD("Russia’s Defense Ministry"), "RU", "UA", [Q("other", "person", 3200, "at_most", "military")], None,
      P("the area", "Kurakhove", "UA-14", "district"), T("during the same period", "2024-11-15", "2024-11-22", "week"), MOD_EV),
    C("ground_combat", GS, "RU", "UA", [Q("engagements", "engagement", 46)], None,
      P("the Kurakhove sector", "Kurakhove", "UA-14", "district"), THU,
      "Ukraine’s General Staff said 46 clashes took place in the Kurakhove sector on Thursday, the most anywhere along the roughly 1,000-kilometer (600-mile) front line."),
    C("strike", FIL, "RU", "UA", [], "artillery", P("Kurakhove", "Kurakhove", "UA-14", "settlement"), THU,
      "Russian shelling killed two civilians in Kurakhove on Thursday, Donetsk regional Gov. Vadym Filashkin said."),
    C("casualties", FIL, "RU", "UA", [Q("killed", "person", 2, "exact", "civilian")], "artillery", P("Kurakhove", "Kurakhove", "UA-14", "settlement"), THU,
      "Russian shelling killed two civilians in Kurakhove on Thursday, Donetsk regional Gov. Vadym Filashkin said."),
    C("territorial_change", K(None, "The Associated Press", "media"), "RU", "UA", [], None,
      P("the town of Avdiivka", "Avdiivka", "UA-14", "settlement"), T("in February", "2024-02-01", "2024-02-29", "month"),
      "Russia has made steady gains in the Donetsk region since capturing the town of Avdiivka in February"),
    C("territorial_change", K(None, "The Associated Press", "media"), "RU", "UA", [], None,
      P("the Donetsk region", "Donetsk Oblast", "UA-14", "region"), T("since capturing the town of Avdiivka in February", "2024-02-01", "2024-11-22", "month"),
      "Russia has made steady gains in the Donetsk region since capturing the town of Avdiivka in February, using its advantage in manpower and artillery to grind forward village by village."),
    C("ground_combat", HUR, "third_party", "UA", [], None, KURSK, None, HUR_EV, status="unconfirmed"),
    C("mobilization", HUR, "third_party", None, [Q("other", "person", 12500, "about", "military")], None, KURSK, None, HUR_EV,
      status="unconfirmed"),
    C("strike", GS, "UA", "RU", [], "missile", P("the Kursk region", "Kursk Oblast", "RU-KRS", "region"), THU, ATACMS_EV),
    C("interception", MOD("Russia’s Defense Ministry"), "RU", "UA", [Q("intercepted", "missile", 5)], "missile",
      P("the region", "Kursk Oblast", "RU-KRS", "region"), T("that day", "2024-11-21"),
      "Russia’s Defense Ministry said it had shot down five ATACMS missiles over the region that day."),
    C("mobilization", K("President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UA"), "UA", None, [Q("other", "other", 10)], None, None,
      T("by the end of the year", "2024-11-22", "2024-12-31", "month"),
      "President Volodymyr Zelenskyy said Friday that Ukraine would form 10 new mechanized brigades by the end of the year, but that allies had yet to deliver the armored vehicles to equip them.",
      modality="planned"),
    C("mobilization", K(None, "The Associated Press", "media"), "UA", None, [], None, None,
      T("in the spring", "2024-03-01", "2024-05-31", "month"),
      "A law that lowered the conscription age to 25 came into force in the spring"),
]
