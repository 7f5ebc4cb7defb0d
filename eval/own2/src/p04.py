from lib import *

ID = "own2-04"
URL = "https://www.aljazeera.com/news/2025/6/11/russia-ukraine-war-list-of-key-events-day-1204"
RETRIEVED = "2025-06-11"
DATE = "2025-06-11"
TITLE = "Russia-Ukraine war: List of key events, day 1,204"
BYLINE = None

TEXT = """
Russia-Ukraine war: List of key events, day 1,204 | Russia-Ukraine war News | Al Jazeera
Skip links
Skip to Content
play
Live
Show navigation menu
Navigation menu
News
Show more news sections
Africa
Asia
US & Canada
Latin America
Europe
Asia Pacific
Middle East
Explained
Opinion
Sport
Video
More
Features
Economy
Human Rights
Climate Crisis
Investigations
Interactives
In Pictures
Science & Technology
Podcasts
play
Live
Click here to search
search
News
Russia-Ukraine war
Russia-Ukraine war: List of key events, day 1,204
These are the key developments from day 1,204 of Russia’s war on Ukraine.
Listen to this article
Listen to this article
|
4 mins
info
Rescuers work at the site of a Russian glide bomb strike in Kharkiv, Ukraine, June 10, 2025 [Vyacheslav Madiyevskyy/Reuters]
Published On 11 Jun 2025
11 Jun 2025
Click here to share on social media
share2
Share
facebook
twitter
whatsapp
copylink
Save
¶Here is the situation on Wednesday, June 11:
¶Fighting
¶Ukraine’s air force said Russia attacked the country overnight with 90 drones and two Iskander-M ballistic missiles. Of the 90 drones, 71 were shot down and 12 were “lost” locally, likely as a result of electronic warfare, the air force said.
¶At least three people were killed and 18 wounded in a Russian glide bomb attack on the city of Kharkiv on Tuesday afternoon, according to Mayor Ihor Terekhov. Several apartment buildings and a kindergarten were damaged, he said.
¶Russian shelling killed a 54-year-old woman in the town of Bilozerka in the southern Kherson region, the regional military administration said.
¶Ukraine’s General Staff said Russia had lost 1,060 troops over the past day, bringing the total number of Russian soldiers killed or wounded since the start of the full-scale invasion to 1,003,470. Russia does not publish its own casualty figures.
Recommended Stories
list of 3 items
list 1 of 3
Russia-Ukraine war: List of key events, day 1,203
list 2 of 3
Why is Russia stepping up its summer offensive?
list 3 of 3
Ukraine’s drone makers race to keep up with Russia’s Shaheds
end of list
¶Russia’s Ministry of Defence said its forces had taken control of the village of Novomykhailivka in the eastern Donetsk region.
¶Ukrainian drones attacked the Azot chemical plant in the city of Nevinnomyssk in Russia’s southern Stavropol region, Governor Vladimir Vladimirov said, adding that no one was hurt. A fire broke out at the plant but was quickly put out, he said.
¶Ukraine’s military intelligence agency (HUR) said Russia had massed about 50,000 troops near the border of Ukraine’s northern Sumy region ahead of an expected summer push.
¶Politics and diplomacy
¶Ukrainian President Volodymyr Zelenskyy said Kyiv was ready to send a delegation to a new round of direct talks with Russia in Istanbul “at any level” if Moscow presented its ceasefire terms in advance.
¶Kremlin aide Yuri Ushakov said there were no plans for a meeting between Russian President Vladimir Putin and Zelenskyy, telling reporters that such a meeting “must be carefully prepared” and could only crown an agreement.
¶The European Commission proposed an 18th package of sanctions against Russia, targeting its energy revenues, banks and the so-called “shadow fleet” of oil tankers.
¶German Chancellor Friedrich Merz said Europe must be prepared to support Ukraine “for as long as necessary”, but ruled out sending German troops to Ukraine while the fighting continues.
¶Prisoner exchange
¶Russia and Ukraine carried out a new exchange of prisoners of war, with 307 servicemen returned by each side, Russia’s Ministry of Defence said.
¶Zelenskyy said the swap was the first stage of an agreement reached at talks in Istanbul earlier this month and that further exchanges would follow in the coming days.
¶Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War said the wounded, the seriously ill and soldiers younger than 25 were among those returned home.
¶Cyber
¶Ukraine’s military intelligence said it had carried out a cyberattack that knocked the online ticket system of Russia’s state railway operator offline for several hours on Tuesday.
¶Source: Al Jazeera and news agencies
Advertisement
Russia-Ukraine war
Ukraine
Russia
Europe
About
About Us
Code of Ethics
Terms and Conditions
EU/EEA Regulatory Notice
Privacy Policy
Cookie Policy
Cookie Preferences
Sitemap
Work for us
HR Quality
Accessibility Statement
Connect
Contact Us
User Accounts Help
Advertise with us
Stay Connected
Newsletters
Channel Finder
TV Schedule
Podcasts
Submit a Tip
Al Jazeera Balkans
Al Jazeera Arabic
Al Jazeera Mubasher
Al Jazeera Documentary
Al Jazeera Centre for Studies
Al Jazeera Media Institute
Learn Arabic
Al Jazeera Centre for Public Liberties & Human Rights
Al Jazeera Forum
Al Jazeera Hotel Partners
Follow Al Jazeera English:
facebook
twitter
youtube
instagram-colored-outline
rss
© 2025 Al Jazeera Media Network
"""

AF = lambda t: K(t, "Ukrainian Air Force", "UA")
N = NIGHT("overnight", "2025-06-11")
TEREKHOV = K("Mayor Ihor Terekhov", "Ihor Terekhov", "UA")
KH_TUE = T("on Tuesday afternoon", "2025-06-10T12:00", "2025-06-10T18:00", "part_of_day")
KHERSON = K("the regional military administration", "Kherson Regional Military Administration", "UA")
GS = K("Ukraine’s General Staff", "General Staff of the Armed Forces of Ukraine", "UA")
ZEL = K("Zelenskyy", "Volodymyr Zelenskyy", "UA")
VLAD = K("Governor Vladimir Vladimirov", "Vladimir Vladimirov", "RU")
NEV = P("the city of Nevinnomyssk", "Nevinnomyssk", "RU-STA", "settlement")
HUR = K("Ukraine’s military intelligence", "Defence Intelligence of Ukraine (HUR)", "UA")

CLAIMS = [
    C("strike", AF("Ukraine’s air force"), "RU", "UA", [Q("launched", "drone", 90), Q("launched", "missile", 2)], "mixed",
      P("the country", "Ukraine", "UA", "country"), N,
      "Ukraine’s air force said Russia attacked the country overnight with 90 drones and two Iskander-M ballistic missiles."),
    C("interception", AF("the air force"), "UA", "RU", [Q("intercepted", "drone", 71), Q("other", "drone", 12)], "drone", None, N,
      "Of the 90 drones, 71 were shot down and 12 were “lost” locally, likely as a result of electronic warfare, the air force said."),
    C("strike", TEREKHOV, "RU", "UA", [], "glide_bomb", P("the city of Kharkiv", "Kharkiv", "UA-63", "settlement"), KH_TUE,
      "At least three people were killed and 18 wounded in a Russian glide bomb attack on the city of Kharkiv on Tuesday afternoon, according to Mayor Ihor Terekhov."),
    C("casualties", TEREKHOV, "RU", "UA", [Q("killed", "person", 3, "at_least"), Q("injured", "person", 18)], "glide_bomb",
      P("the city of Kharkiv", "Kharkiv", "UA-63", "settlement"), KH_TUE,
      "At least three people were killed and 18 wounded in a Russian glide bomb attack on the city of Kharkiv on Tuesday afternoon, according to Mayor Ihor Terekhov."),
    C("infrastructure_damage", K("he", "Ihor Terekhov", "UA"), "RU", "UA", [], "glide_bomb",
      P("the city of Kharkiv", "Kharkiv", "UA-63", "settlement"), KH_TUE,
      "Several apartment buildings and a kindergarten were damaged, he said."),
    C("strike", KHERSON, "RU", "UA", [], "artillery", P("the town of Bilozerka", "Bilozerka", "UA-65", "settlement"), None,
      "Russian shelling killed a 54-year-old woman in the town of Bilozerka in the southern Kherson region, the regional military administration said."),
    C("casualties", KHERSON, "RU", "UA", [], "artillery", P("the town of Bilozerka", "Bilozerka", "UA-65", "settlement"), None,
      "Russian shelling killed a 54-year-old woman in the town of Bilozerka in the southern Kherson region, the regional military administration said."),
    C("casualties", GS, "UA", "RU", [Q("other", "person", 1060, "exact", "military")], None, None,
      T("over the past day", "2025-06-10", "2025-06-11", "day"),
      "Ukraine’s General Staff said Russia had lost 1,060 troops over the past day"),
    C("casualties", GS, "UA", "RU", [Q("other", "person", 1003470, "exact", "military")], None, None,
      SINCE_WAR("since the start of the full-scale invasion", "2025-06-11"),
      "Ukraine’s General Staff said Russia had lost 1,060 troops over the past day, bringing the total number of Russian soldiers killed or wounded since the start of the full-scale invasion to 1,003,470. Russia does not publish its own casualty figures."),
    C("territorial_change", K("Russia’s Ministry of Defence", "Russian Ministry of Defence", "RU"), "RU", "UA", [], None,
      P("the village of Novomykhailivka", "Novomykhailivka", "UA-14", "settlement"), None,
      "Russia’s Ministry of Defence said its forces had taken control of the village of Novomykhailivka in the eastern Donetsk region."),
    C("strike", VLAD, "UA", "RU", [], "drone", NEV, None,
      "Ukrainian drones attacked the Azot chemical plant in the city of Nevinnomyssk in Russia’s southern Stavropol region, Governor Vladimir Vladimirov said, adding that no one was hurt."),
    C("casualties", VLAD, "UA", "RU", [], "drone", NEV, None,
      "Ukrainian drones attacked the Azot chemical plant in the city of Nevinnomyssk in Russia’s southern Stavropol region, Governor Vladimir Vladimirov said, adding that no one was hurt.",
      modality="negated"),
    C("infrastructure_damage", K("he", "Vladimir Vladimirov", "RU"), "UA", "RU", [], "drone", NEV, None,
      "A fire broke out at the plant but was quickly put out, he said."),
    C("mobilization", K("Ukraine’s military intelligence agency (HUR)", "Defence Intelligence of Ukraine (HUR)", "UA"), "RU", None,
      [Q("other", "person", 50000, "about", "military")], None,
      P("Ukraine’s northern Sumy region", "Sumy Oblast", "UA-59", "region"), None,
      "Ukraine’s military intelligence agency (HUR) said Russia had massed about 50,000 troops near the border of Ukraine’s northern Sumy region ahead of an expected summer push."),
    C("negotiation", K("Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UA"), "UA", None, [], None,
      P("Istanbul", "Istanbul", "TR-34", "settlement"), None,
      "Ukrainian President Volodymyr Zelenskyy said Kyiv was ready to send a delegation to a new round of direct talks with Russia in Istanbul “at any level” if Moscow presented its ceasefire terms in advance.",
      modality="hypothetical"),
    C("negotiation", K("Kremlin aide Yuri Ushakov", "Yuri Ushakov", "RU"), "RU", None, [], None, None, None,
      "Kremlin aide Yuri Ushakov said there were no plans for a meeting between Russian President Vladimir Putin and Zelenskyy",
      modality="negated"),
    C("prisoner_exchange", K("Russia’s Ministry of Defence", "Russian Ministry of Defence", "RU"), None, None,
      [Q("released", "person", 307, "exact", "prisoner")], None, None, None,
      "Russia and Ukraine carried out a new exchange of prisoners of war, with 307 servicemen returned by each side, Russia’s Ministry of Defence said."),
    C("prisoner_exchange", ZEL, None, None, [], None, None, None,
      "Zelenskyy said the swap was the first stage of an agreement reached at talks in Istanbul earlier this month"),
    C("negotiation", ZEL, None, None, [], None, P("Istanbul", "Istanbul", "TR-34", "settlement"),
      T("earlier this month", "2025-06-01", "2025-06-10", "month"),
      "Zelenskyy said the swap was the first stage of an agreement reached at talks in Istanbul earlier this month"),
    C("prisoner_exchange", ZEL, None, None, [], None, None, T("in the coming days", "2025-06-11", "2025-06-18", "week"),
      "Zelenskyy said the swap was the first stage of an agreement reached at talks in Istanbul earlier this month and that further exchanges would follow in the coming days.",
      modality="planned"),
    C("prisoner_exchange", K("Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War",
                             "Coordination Headquarters for the Treatment of Prisoners of War", "UA"), None, None, [], None, None, None,
      "Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War said the wounded, the seriously ill and soldiers younger than 25 were among those returned home."),
    C("cyber", HUR, "UA", "RU", [], None, None, T("on Tuesday", "2025-06-10"),
      "Ukraine’s military intelligence said it had carried out a cyberattack that knocked the online ticket system of Russia’s state railway operator offline for several hours on Tuesday."),
]

AIRWATCH = [("launched", "drone", 90), ("intercepted", "drone", 71)]
