from lib import *

ID = "own2-06"
URL = "https://www.bbc.com/news/articles/c9x2k4ld7wpo"
RETRIEVED = "2026-01-21T08:30:11+00:00"
DATE = "2026-01-20"
TITLE = "'I counted the days on the wall': Ukrainian PoWs come home in first swap of the year"
BYLINE = "Dmytro Voloshyn"

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
Documentaries
Weather
Newsletters
'I counted the days on the wall': Ukrainian PoWs come home in first swap of the year
20 January 2026
Share
Save
Dmytro Voloshyn
BBC News, Chernihiv region
Share
Save
Getty Images
Released Ukrainian prisoners of war wrapped in national flags arrive at a hospital in northern Ukraine
¶Ukraine and Russia have exchanged 210 prisoners of war each in the first swap of the year.
¶The exchange took place on the Belarusian border, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said on Monday.
¶Among those returned were 12 civilians, some of them residents of the Kherson region who had been detained by Russian forces in the occupied part of the region, the headquarters added.
¶At a hospital in the northern Chernihiv region, relatives held up photographs of missing sons and husbands as buses carrying the men pulled in, hoping someone on board might recognise a face.
¶Some of the returning men had spent more than three years in Russian prison colonies. Many were visibly thin; several walked with crutches.
¶"I counted the days on the wall with the handle of a spoon," said Serhiy, 41, a marine who asked that his surname not be published. "After a thousand I stopped counting. I decided I would either go home or not, and counting did not help."
¶He described months of hunger and beatings, and said he had learned of his father's death only on the bus to the hospital.
¶Russia's defence ministry said the 210 Russian servicemen it received were in Belarus, where they were being given medical and psychological help before being flown to Moscow.
¶President Volodymyr Zelensky wrote on X that Ukraine was working to bring home "every one of our people" and that the next exchange was already being prepared.
¶He said more than 6,100 Ukrainians had been returned from Russian captivity since the start of the full-scale invasion.
¶Ukraine's human rights commissioner, Dmytro Lubinets, said Russia was still holding thousands of Ukrainian civilians, many of them without any legal status, and accused Moscow of denying the International Committee of the Red Cross access to them.
¶Exchanges have continued throughout the war, even at its most intense moments, making them one of the few channels of regular contact between Kyiv and Moscow.
¶They are also one of the few areas where diplomacy has produced results. US-brokered talks on ending the war have stalled since the last round in Abu Dhabi in December ended without agreement.
¶Separately, Ukraine's 3rd Army Corps said its troops had captured 14 Russian soldiers during fighting near the town of Lyman in the Donetsk region, and released video showing the men being questioned.
¶Kyiv says such captures replenish what officials call the "exchange fund", the pool of Russian prisoners that makes further swaps possible.
¶For the families still waiting in Chernihiv, the hardest moment came as the last bus emptied.
¶"They told me he is on the next list," said Tetiana, who has come to every exchange since the summer of 2024. "They told me that last time too."
Related
Ukraine and Russia trade accusations over stalled talks
Why prisoner swaps have survived four years of war
More from the BBC
Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking.
"""

COORD = K("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War",
          "Coordination Headquarters for the Treatment of Prisoners of War", "UA")
BBC = K(None, "BBC News", "media")
MON = T("on Monday", "2026-01-19")

CLAIMS = [
    C("prisoner_exchange", BBC, None, None, [Q("released", "person", 210, "exact", "prisoner")], None, None, None,
      "Ukraine and Russia have exchanged 210 prisoners of war each in the first swap of the year."),
    C("prisoner_exchange", COORD, None, None, [Q("released", "person", 12, "exact", "civilian")], None,
      P("the Belarusian border", "Belarus", "BY", "country"), T(None, "2026-01-19"),
      "The exchange took place on the Belarusian border, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said on Monday.\nAmong those returned were 12 civilians, some of them residents of the Kherson region who had been detained by Russian forces in the occupied part of the region, the headquarters added."),
    C("capture", K("the headquarters", "Coordination Headquarters for the Treatment of Prisoners of War", "UA"), "RU", "UA", [], None,
      P("the occupied part of the region", "Kherson Oblast", "UA-65", "region"), None,
      "Among those returned were 12 civilians, some of them residents of the Kherson region who had been detained by Russian forces in the occupied part of the region, the headquarters added."),
    C("prisoner_exchange", K("Russia's defence ministry", "Russian Ministry of Defence", "RU"), None, None,
      [Q("released", "person", 210, "exact", "prisoner")], None, P("Belarus", "Belarus", "BY", "country"), None,
      "Russia's defence ministry said the 210 Russian servicemen it received were in Belarus, where they were being given medical and psychological help before being flown to Moscow."),
    C("prisoner_exchange", K("President Volodymyr Zelensky", "Volodymyr Zelenskyy", "UA"), None, None, [], None, None, None,
      "President Volodymyr Zelensky wrote on X that Ukraine was working to bring home \"every one of our people\" and that the next exchange was already being prepared.",
      modality="planned"),
    C("prisoner_exchange", K("He", "Volodymyr Zelenskyy", "UA"), None, None, [Q("released", "person", 6100, "at_least")], None, None,
      SINCE_WAR("since the start of the full-scale invasion", "2026-01-20"),
      "He said more than 6,100 Ukrainians had been returned from Russian captivity since the start of the full-scale invasion."),
    C("capture", K("Ukraine's human rights commissioner, Dmytro Lubinets", "Dmytro Lubinets", "UA"), "RU", "UA", [], None, None, None,
      "Ukraine's human rights commissioner, Dmytro Lubinets, said Russia was still holding thousands of Ukrainian civilians, many of them without any legal status, and accused Moscow of denying the International Committee of the Red Cross access to them."),
    C("negotiation", BBC, None, None, [], None, P("Abu Dhabi", "Abu Dhabi", "AE-AZ", "settlement"),
      T("in December", "2025-12-01", "2025-12-31", "month"),
      "US-brokered talks on ending the war have stalled since the last round in Abu Dhabi in December ended without agreement."),
    C("capture", K("Ukraine's 3rd Army Corps", "3rd Army Corps of Ukraine", "UA"), "UA", "RU",
      [Q("captured", "person", 14, "exact", "military")], None, P("the town of Lyman", "Lyman", "UA-14", "settlement"), None,
      "Separately, Ukraine's 3rd Army Corps said its troops had captured 14 Russian soldiers during fighting near the town of Lyman in the Donetsk region, and released video showing the men being questioned."),
    C("ground_combat", K("Ukraine's 3rd Army Corps", "3rd Army Corps of Ukraine", "UA"), "UA", "RU", [], None,
      P("the town of Lyman", "Lyman", "UA-14", "settlement"), None,
      "Separately, Ukraine's 3rd Army Corps said its troops had captured 14 Russian soldiers during fighting near the town of Lyman in the Donetsk region"),
]
