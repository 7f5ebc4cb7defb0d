from lib import *

ID = "own2-03"
URL = "https://www.kten.com/news/russia-fires-470-drones-48-missiles-at-ukraine/article_5c1e2f7a-3b1d-5e7c-9a41-2f6d8e0b7c13.html"
RETRIEVED = "2026-03-15T14:05:22.118204+00:00"
DATE = "2026-03-15"
TITLE = "Russia fires 470 drones, 48 missiles at Ukraine in one of war's largest attacks"
BYLINE = "Olena KOVAL with Marc BENNETT in Moscow AFP"

TEXT = """
Russia fires 470 drones, 48 missiles at Ukraine in one of war's largest attacks | News | kten.com
Skip to main content
You have permission to edit this article.
Close
Welcome,
Guest
Sign Up
Log In
Dashboard
Logout
My Account
Home
News
Oklahoma Headlines
Texas Headlines
Crime
U.S. News
Politics
Business
Lifestyle
Sports
Weather
Facebook
Twitter
WhatsApp
SMS
Email
Print
Copy article link
Save
Prev
Previous
Durant council approves new downtown parking plan
DURANT, Okla. (KTEN) — The city council on Tuesday approved…
Next
Next Up
Sherman students earn top marks at regional science fair
SHERMAN, Texas (KTEN) — Dozens of students from across…
Russia fires 470 drones, 48 missiles at Ukraine in one of war's largest attacks
Olena KOVAL with Marc BENNETT in Moscow AFP
Mar 15, 2026
Mar 15, 2026
Updated
5 hrs ago
Facebook
Twitter
WhatsApp
SMS
Email
1
Russian forces launched 470 drones and 48 missiles at Ukraine overnight, according to the air force
Roman PILIPEY
Rescuers work at the site of a damaged residential building in Kyiv
Sergei SUPINSKY
prev
next
¶Russia launched 470 drones and 48 missiles at Ukraine overnight, the air force said Sunday, in one of the largest aerial attacks since the start of the full-scale invasion.
¶Air defences shot down 402 drones and 35 missiles, including 11 Kinzhal hypersonic missiles, the air force said in a statement on Telegram.
¶The strikes knocked out power in several regions and killed at least four people, according to local officials.
¶During the attack, falling debris damaged a residential high-rise in Kyiv's Obolonskyi district and injured two people, Mayor Vitali Klitschko said.
¶During the attack, a missile hit an energy facility in the western Lviv region, governor Maksym Kozytskyi said, without giving details.
¶Ukraine's energy ministry said facilities had been damaged in the Kharkiv, Dnipropetrovsk and Khmelnytskyi regions and that emergency blackouts were in force across much of the country.
¶"Russia is trying to use every day of delay in diplomacy to strike our people and our energy," President Volodymyr Zelensky wrote on social media, renewing his appeal for more Patriot air defence systems.
¶"Every missile that is not intercepted is a result of decisions that have not yet been made," he added.
¶Russia's defence ministry said it had carried out a "massive strike" overnight with high-precision long-range weapons against Ukrainian military-industrial and energy facilities serving the army, and that "all designated targets were hit".
¶The ministry also said its air defences had downed 126 Ukrainian drones over Russian regions since Saturday evening, including 38 over the Moscow region.
¶Moscow Mayor Sergei Sobyanin said several drones flying towards the capital had been destroyed. Flights were briefly suspended at Vnukovo and Domodedovo airports.
¶The barrage came days before a new round of US-brokered talks between Ukrainian and Russian delegations, scheduled for Thursday in Istanbul, according to Ukraine's foreign ministry.
¶Kremlin spokesman Dmitry Peskov said Moscow would send a delegation but warned against "inflated expectations".
¶Previous rounds have produced prisoner swaps and agreements on the return of bodies, but no progress on a ceasefire. Moscow demands that Kyiv give up the remaining parts of the eastern Donetsk region under its control, which Ukraine refuses.
¶Analysts say the Kremlin has little incentive to stop the fighting while its troops continue to inch forward, however slowly and at whatever cost.
¶On the front line, the Ukrainian army said it had pushed Russian forces out of the village of Stepnohirsk in the southern Zaporizhzhia region, a claim AFP could not independently verify.
¶Russia's defence ministry said its troops had taken the village of Bohuslavka in the northeastern Kharkiv region.
bur-ok-mb/rlp
Latest Headlines from CNN
Originally published on
doc.afp.com
BLOX Digital Content Exchange
Facebook
Twitter
WhatsApp
SMS
Email
Print
Copy article link
Save
Tags
Afp
Volodymyr Zelenskyy
Ukraine
Russo-ukrainian War
Air Defence
Drone Warfare
Military Operations
Vladimir Putin
Dmitry Peskov
Recommended for you
Article with images
+6
News
Storms knock out power to thousands across North Texas
State
Ardmore woman honored for 40 years of volunteer work
Politics
Lawmakers weigh changes to state water rights rules
WEATHER FORECAST
Video
2:31
Video play button
Warm and windy start to the week
MORE WEATHER
Currently in Denison
61°
Cloudy
72° / 50°
"""

AF = lambda t: K(t, "Ukrainian Air Force", "UA")
MOD = lambda t: K(t, "Russian Ministry of Defence", "RU")
EM = K("Ukraine's energy ministry", "Ministry of Energy of Ukraine", "UA")
N = NIGHT("overnight", "2026-03-15")
NN = NIGHT(None, "2026-03-15")
DA = NIGHT("During the attack", "2026-03-15")
EM_EV = "Ukraine's energy ministry said facilities had been damaged in the Kharkiv, Dnipropetrovsk and Khmelnytskyi regions and that emergency blackouts were in force across much of the country."

CLAIMS = [
    C("strike", AF("the air force"), "RU", "UA", [Q("launched", "drone", 470), Q("launched", "missile", 48)], "mixed",
      P("Ukraine", "Ukraine", "UA", "country"), N,
      "Russia launched 470 drones and 48 missiles at Ukraine overnight, the air force said Sunday"),
    C("interception", AF("the air force"), "UA", "RU",
      [Q("intercepted", "drone", 402), Q("intercepted", "missile", 35), Q("intercepted", "missile", 11)], "mixed", None, NN,
      "Air defences shot down 402 drones and 35 missiles, including 11 Kinzhal hypersonic missiles, the air force said in a statement on Telegram."),
    C("infrastructure_damage", K("local officials", "Ukrainian local officials", "UA"), "RU", "UA", [], "mixed", None, NN,
      "The strikes knocked out power in several regions and killed at least four people, according to local officials."),
    C("casualties", K("local officials", "Ukrainian local officials", "UA"), "RU", "UA", [Q("killed", "person", 4, "at_least")], "mixed", None, NN,
      "The strikes knocked out power in several regions and killed at least four people, according to local officials."),
    C("infrastructure_damage", K("Mayor Vitali Klitschko", "Vitali Klitschko", "UA"), "RU", "UA", [], "unknown",
      P("Kyiv's Obolonskyi district", "Obolonskyi district, Kyiv", "UA-30", "district"), DA,
      "During the attack, falling debris damaged a residential high-rise in Kyiv's Obolonskyi district and injured two people, Mayor Vitali Klitschko said."),
    C("casualties", K("Mayor Vitali Klitschko", "Vitali Klitschko", "UA"), "RU", "UA", [Q("injured", "person", 2)], "unknown",
      P("Kyiv's Obolonskyi district", "Obolonskyi district, Kyiv", "UA-30", "district"), DA,
      "During the attack, falling debris damaged a residential high-rise in Kyiv's Obolonskyi district and injured two people, Mayor Vitali Klitschko said."),
    C("strike", K("governor Maksym Kozytskyi", "Maksym Kozytskyi", "UA"), "RU", "UA", [], "missile",
      P("the western Lviv region", "Lviv Oblast", "UA-46", "region"), DA,
      "During the attack, a missile hit an energy facility in the western Lviv region, governor Maksym Kozytskyi said, without giving details."),
] + [
    C("infrastructure_damage", EM, "RU", "UA", [], "mixed", P(t, n, c, "region"), NN, EM_EV)
    for t, n, c in [("Kharkiv", "Kharkiv Oblast", "UA-63"), ("Dnipropetrovsk", "Dnipropetrovsk Oblast", "UA-12"),
                    ("Khmelnytskyi regions", "Khmelnytskyi Oblast", "UA-68")]
] + [
    C("infrastructure_damage", EM, "RU", "UA", [], "mixed", P("across much of the country", "Ukraine", "UA", "country"), NN, EM_EV),
    C("strike", MOD("Russia's defence ministry"), "RU", "UA", [], "unknown", None, N,
      "Russia's defence ministry said it had carried out a \"massive strike\" overnight with high-precision long-range weapons against Ukrainian military-industrial and energy facilities serving the army, and that \"all designated targets were hit\"."),
    C("interception", K("The ministry", "Russian Ministry of Defence", "RU"), "RU", "UA", [Q("intercepted", "drone", 126)], "drone",
      P("Russian regions", "Russia", "RU", "country"),
      T("since Saturday evening", "2026-03-14T18:00", "2026-03-15T09:00", "part_of_day"),
      "The ministry also said its air defences had downed 126 Ukrainian drones over Russian regions since Saturday evening"),
    C("interception", K("The ministry", "Russian Ministry of Defence", "RU"), "RU", "UA", [Q("intercepted", "drone", 38)], "drone",
      P("the Moscow region", "Moscow Oblast", "RU-MOS", "region"),
      T("since Saturday evening", "2026-03-14T18:00", "2026-03-15T09:00", "part_of_day"),
      "The ministry also said its air defences had downed 126 Ukrainian drones over Russian regions since Saturday evening, including 38 over the Moscow region."),
    C("interception", K("Moscow Mayor Sergei Sobyanin", "Sergei Sobyanin", "RU"), "RU", "UA", [], "drone",
      P("the capital", "Moscow", "RU-MOW", "settlement"), None,
      "Moscow Mayor Sergei Sobyanin said several drones flying towards the capital had been destroyed."),
    C("negotiation", K("Ukraine's foreign ministry", "Ministry of Foreign Affairs of Ukraine", "UA"), None, None, [], None,
      P("Istanbul", "Istanbul", "TR-34", "settlement"), T("Thursday", "2026-03-19"),
      "The barrage came days before a new round of US-brokered talks between Ukrainian and Russian delegations, scheduled for Thursday in Istanbul, according to Ukraine's foreign ministry.",
      modality="planned"),
    C("negotiation", K("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "RU"), "RU", None, [], None, None, None,
      "Kremlin spokesman Dmitry Peskov said Moscow would send a delegation but warned against \"inflated expectations\".",
      modality="planned"),
    C("territorial_change", K("the Ukrainian army", "Armed Forces of Ukraine", "UA"), "UA", "RU", [], None,
      P("the village of Stepnohirsk", "Stepnohirsk", "UA-23", "settlement"), None,
      "On the front line, the Ukrainian army said it had pushed Russian forces out of the village of Stepnohirsk in the southern Zaporizhzhia region, a claim AFP could not independently verify.",
      status="unconfirmed"),
    C("territorial_change", MOD("Russia's defence ministry"), "RU", "UA", [], None,
      P("the village of Bohuslavka", "Bohuslavka", "UA-63", "settlement"), None,
      "Russia's defence ministry said its troops had taken the village of Bohuslavka in the northeastern Kharkiv region."),
]

AIRWATCH = [("launched", "drone", 470), ("launched", "missile", 48),
            ("intercepted", "drone", 402), ("intercepted", "missile", 35)]
