from lib import *

ID = "own2-18"
URL = "https://www.aljazeera.com/features/2026/9/10/can-a-black-sea-truce-be-the-first-step-to-peace-in-ukraine"
RETRIEVED = "2026-09-10T17:04:51+00:00"
DATE = "2026-09-10"
TITLE = "Can a Black Sea truce be the first step to peace in Ukraine?"
BYLINE = "Mariam Haddad"

TEXT = """
Can a Black Sea truce be the first step to peace in Ukraine? | Russia-Ukraine war | Al Jazeera
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
Click here to search
search
Features
Russia-Ukraine war
Can a Black Sea truce be the first step to peace in Ukraine?
Kyiv and Moscow have agreed to stop attacking each other’s ports and ships for 30 days. Analysts are cautious.
Listen to this article
Listen to this article
|
7 mins
info
A cargo ship waits to enter the Danube port of Izmail, Ukraine, in August 2026 [File: Reuters]
By
Mariam Haddad
Published On 10 Sep 2026
10 Sep 2026
Click here to share on social media
share2
Share
facebook
twitter
whatsapp
copylink
Save
¶Istanbul, Turkiye – For the first time in more than three years, the guns may fall silent at sea.
¶Ukrainian and Russian delegations meeting in Istanbul on Tuesday agreed to halt attacks on each other’s ports and commercial shipping in the Black Sea for 30 days, Turkish Foreign Minister Hakan Fidan announced after the talks, the fifth round of direct negotiations this year. The truce is due to take effect at midnight on Sunday, he said.
¶Kremlin spokesman Dmitry Peskov confirmed the agreement on Wednesday but said Moscow expected Western governments to ease restrictions on Russian agricultural exports in return.
¶Ukrainian President Volodymyr Zelenskyy said Ukraine would respect the truce “as long as Russia does”, adding that Kyiv had “no illusions” about Moscow’s intentions.
¶Ukraine’s delegation head Rustem Umerov said the two sides had also agreed to exchange 500 prisoners of war each in the coming weeks.
Recommended Stories
list of 3 items
list 1 of 3
Russia-Ukraine war: List of key events, day 1,660
list 2 of 3
Ukraine’s grain corridor: How Kyiv kept ships moving
list 3 of 3
What is left of Russia’s Black Sea Fleet?
end of list
¶A fragile deal
¶The maritime truce is modest compared with the ceasefire that Kyiv and its European allies have sought for more than a year. It does not cover the front line on land, nor the nightly drone and missile attacks on Ukrainian cities.
¶It came days after some of the heaviest fighting at sea in months. Hours before the talks opened, Russian drones struck the Danube port of Izmail, damaging grain storage facilities, Odesa regional governor Oleh Kiper said.
¶Last week, Ukraine’s navy said it had hit a Russian patrol ship near the port of Novorossiysk with sea drones. Russia’s Defence Ministry said it had destroyed three unmanned boats approaching the port and that no ships were damaged.
¶“A maritime truce costs Russia very little. Its fleet has already been pushed out of the western Black Sea,” said Peter Lindqvist, a naval analyst at a Stockholm-based research institute. “For Ukraine, it is about exports. For Russia, it is about showing Washington that it can make deals.”
¶Lessons of the grain deal
¶The talks in Istanbul echo an earlier arrangement. In the summer of 2022, Russia and Ukraine signed separate agreements with Turkiye and the United Nations that allowed Ukrainian grain to leave Black Sea ports. Moscow quit the deal a year later, saying its own exports were being blocked.
¶“The grain deal showed that limited agreements can work, but also that they collapse when one side decides they no longer serve its interests,” said Oksana Melnyk, a Ukrainian diplomat who took part in those negotiations.
¶The limits of diplomacy
¶On land, there is little sign of compromise. Russian Foreign Minister Sergei Lavrov warned on Wednesday that Russian forces would take the rest of the Donetsk region “by military means” if Kyiv refused to withdraw its troops.
¶Ukraine has repeatedly said it will not give up territory that Russia has failed to capture, and that any agreement must include security guarantees from its Western partners.
¶“The sea is the easiest place to start,” Lindqvist said. “The land is where this war will be decided.”
¶Source: Al Jazeera
Advertisement
Russia-Ukraine war
Ukraine
Russia
Turkiye
About
About Us
Code of Ethics
Terms and Conditions
Privacy Policy
Cookie Policy
Cookie Preferences
Sitemap
Connect
Contact Us
Advertise with us
Stay Connected
Newsletters
Follow Al Jazeera English:
facebook
twitter
youtube
instagram-colored-outline
rss
© 2026 Al Jazeera Media Network
"""

FIDAN = K("Turkish Foreign Minister Hakan Fidan", "Hakan Fidan", "third_party")
IST = P("Istanbul", "Istanbul", "TR-34", "settlement")
TUE = T("on Tuesday", "2026-09-08")
FIDAN_EV = "Ukrainian and Russian delegations meeting in Istanbul on Tuesday agreed to halt attacks on each other’s ports and commercial shipping in the Black Sea for 30 days, Turkish Foreign Minister Hakan Fidan announced after the talks, the fifth round of direct negotiations this year."
KIPER = K("Odesa regional governor Oleh Kiper", "Oleh Kiper", "UA")
IZM = P("the Danube port of Izmail", "Izmail", "UA-51", "settlement")
HOURS = T("Hours before the talks opened", "2026-09-07T18:00", "2026-09-08T09:00", "part_of_day")
KIPER_EV = "Hours before the talks opened, Russian drones struck the Danube port of Izmail, damaging grain storage facilities, Odesa regional governor Oleh Kiper said."
NOVO = P("the port of Novorossiysk", "Novorossiysk", "RU-KDA", "settlement")
LASTW = T("Last week", "2026-08-31", "2026-09-06", "week")

CLAIMS = [
    C("negotiation", FIDAN, None, None, [], None, IST, TUE, FIDAN_EV, status="confirmed"),
    C("negotiation", K("he", "Hakan Fidan", "third_party"), None, None, [], None, None,
      T("at midnight on Sunday", "2026-09-13T00:00", "2026-09-13T00:00", "hour"),
      "The truce is due to take effect at midnight on Sunday, he said.", modality="planned"),
    C("negotiation", K("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "RU"), None, None, [], None, None, None,
      "Kremlin spokesman Dmitry Peskov confirmed the agreement on Wednesday but said Moscow expected Western governments to ease restrictions on Russian agricultural exports in return."),
    C("negotiation", K("Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UA"), "UA", None, [], None, None, None,
      "Ukrainian President Volodymyr Zelenskyy said Ukraine would respect the truce “as long as Russia does”",
      modality="hypothetical"),
    C("prisoner_exchange", K("Ukraine’s delegation head Rustem Umerov", "Rustem Umerov", "UA"), None, None,
      [Q("released", "person", 500, "exact", "prisoner")], None, None, T("in the coming weeks", "2026-09-10", "2026-10-08", "week"),
      "Ukraine’s delegation head Rustem Umerov said the two sides had also agreed to exchange 500 prisoners of war each in the coming weeks.",
      modality="planned"),
    C("strike", KIPER, "RU", "UA", [], "drone", IZM, HOURS, KIPER_EV),
    C("infrastructure_damage", KIPER, "RU", "UA", [], "drone", IZM, HOURS, KIPER_EV),
    C("strike", K("Ukraine’s navy", "Ukrainian Navy", "UA"), "UA", "RU", [], "drone", NOVO, LASTW,
      "Last week, Ukraine’s navy said it had hit a Russian patrol ship near the port of Novorossiysk with sea drones. Russia’s Defence Ministry said it had destroyed three unmanned boats approaching the port and that no ships were damaged.",
      status="denied"),
    C("interception", K("Russia’s Defence Ministry", "Russian Ministry of Defence", "RU"), "RU", "UA", [Q("intercepted", "drone", 3)], "drone",
      NOVO, LASTW,
      "Russia’s Defence Ministry said it had destroyed three unmanned boats approaching the port and that no ships were damaged."),
    C("infrastructure_damage", K("Russia’s Defence Ministry", "Russian Ministry of Defence", "RU"), "UA", "RU", [], "drone", NOVO, LASTW,
      "Russia’s Defence Ministry said it had destroyed three unmanned boats approaching the port and that no ships were damaged.",
      modality="negated"),
    C("territorial_change", K("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov", "RU"), "RU", "UA", [], None,
      P("the Donetsk region", "Donetsk Oblast", "UA-14", "region"), None,
      "Russian Foreign Minister Sergei Lavrov warned on Wednesday that Russian forces would take the rest of the Donetsk region “by military means” if Kyiv refused to withdraw its troops.",
      modality="threatened"),
]
