from lib import *

ID = "own2-13"
URL = "https://www.reuters.com/technology/cybersecurity/ukraine-blames-russian-military-hackers-cyberattack-power-distributor-2024-12-05/"
PUBLISHED = "2024-12-05"
DATE = "2024-12-05"
TITLE = "Ukraine blames Russian military hackers for cyberattack on western power distributor"
BYLINE = "Kateryna Hrytsenko"

TEXT = """
Ukraine blames Russian military hackers for cyberattack on western power distributor | Reuters
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
Cybersecurity
Ukraine blames Russian military hackers for cyberattack on western power distributor
By Kateryna Hrytsenko
December 5, 20243:18 PM GMT+2Updated December 5, 2024
¶KYIV, Dec 5 (Reuters) - A cyberattack disrupted the systems of a regional electricity distributor in western Ukraine on Wednesday, cutting power to about 40,000 customers for several hours, Ukraine's SBU security service said on Thursday, blaming hackers working for Russian military intelligence.
¶The SBU said the attack was carried out by Sandworm, a unit of Russia's GRU military intelligence agency, and targeted Volynoblenergo, which supplies electricity to the Volyn region bordering Poland and Belarus.
¶Volynoblenergo confirmed in a statement that it had been hit by a cyberattack and said power had been restored to all customers by Wednesday evening. Its billing and dispatch systems were still being rebuilt, it said.
¶A senior SBU cyber official, who spoke on condition of anonymity, told Reuters the hackers had gained access to the company's network through a compromised contractor account and had waited for the first cold weeks of winter to strike.
¶"They wanted people to sit in the dark and the cold and to ask why the state cannot protect them," the official said.
¶Slovak cybersecurity firm ESET said it had analysed malware recovered from the company's systems and found code resembling tools that Sandworm had used against Ukraine's power grid in the past.
¶The Kremlin did not respond to a request for comment. Moscow has repeatedly denied carrying out cyberattacks against Ukraine or Western countries.
¶Ukraine has been hit by several major cyberattacks since Russia's full-scale invasion in February 2022, including one on the mobile operator Kyivstar in December 2023 that left millions of people without mobile and internet service for days.
¶Ukrainian officials say the number of attacks on energy companies has risen this autumn as Russia has also resumed missile and drone strikes on power plants and substations.
¶Separately, Ukraine's Center for Countering Disinformation said on Thursday it had identified a network of more than 300 Telegram channels spreading fake evacuation orders in the Sumy and Kharkiv regions, which it said was run from Russia.
¶A pro-Ukrainian volunteer hacker group calling itself the IT Army said it had carried out attacks that took the websites of several Russian regional airports offline on Wednesday. Reuters could not verify the claim.
¶The European Union last month imposed sanctions on individuals it said were linked to Russian cyber operations, including several officers of the GRU.
Reporting by Kateryna Hrytsenko; Additional reporting by James Pearce in London; Editing by Alex Richardson
Our Standards: The Thomson Reuters Trust Principles., opens new tab
Suggested Topics:
Cybersecurity
Purchase Licensing Rights
Read Next
Technology
Chipmakers rally as demand outlook improves
World
Poland tightens checks on Belarus border
Site Index
Latest
Home
Authors
Topic Sitemap
Archive
Article Sitemap
About Reuters
About Reuters, opens new tab
Careers, opens new tab
Reuters News Agency, opens new tab
Reuters Fact Check, opens new tab
All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.
© 2024 Reuters. All rights reserved
"""

SBU = K("Ukraine's SBU security service", "Security Service of Ukraine (SBU)", "UA")
VOLYN = P("the Volyn region", "Volyn Oblast", "UA-07", "region")
WED = T("on Wednesday", "2024-12-04")
WED_ = T(None, "2024-12-04")
EV1 = ("A cyberattack disrupted the systems of a regional electricity distributor in western Ukraine on Wednesday, cutting power to about 40,000 customers for several hours, Ukraine's SBU security service said on Thursday, blaming hackers working for Russian military intelligence.\n"
       "The SBU said the attack was carried out by Sandworm, a unit of Russia's GRU military intelligence agency, and targeted Volynoblenergo, which supplies electricity to the Volyn region bordering Poland and Belarus.")
VOE = K("Volynoblenergo", "Volynoblenergo", "UA")
CCD = K("Ukraine's Center for Countering Disinformation", "Center for Countering Disinformation", "UA")
CCD_EV = "Separately, Ukraine's Center for Countering Disinformation said on Thursday it had identified a network of more than 300 Telegram channels spreading fake evacuation orders in the Sumy and Kharkiv regions, which it said was run from Russia."

CLAIMS = [
    C("cyber", SBU, "RU", "UA", [], None, VOLYN, WED, EV1, status="confirmed"),
    C("infrastructure_damage", SBU, "RU", "UA", [Q("other", "other", 40000, "about")], None, VOLYN, WED,
      "A cyberattack disrupted the systems of a regional electricity distributor in western Ukraine on Wednesday, cutting power to about 40,000 customers for several hours, Ukraine's SBU security service said on Thursday"),
    C("cyber", VOE, "unknown", "UA", [], None, None, WED_,
      "Volynoblenergo confirmed in a statement that it had been hit by a cyberattack and said power had been restored to all customers by Wednesday evening."),
    C("infrastructure_damage", VOE, "unknown", "UA", [], None, None, WED_,
      "Volynoblenergo confirmed in a statement that it had been hit by a cyberattack and said power had been restored to all customers by Wednesday evening. Its billing and dispatch systems were still being rebuilt, it said."),
    C("cyber", K("A senior SBU cyber official", "Security Service of Ukraine (SBU)", "UA"), "RU", "UA", [], None, None, None,
      "A senior SBU cyber official, who spoke on condition of anonymity, told Reuters the hackers had gained access to the company's network through a compromised contractor account and had waited for the first cold weeks of winter to strike."),
    C("cyber", K("Slovak cybersecurity firm ESET", "ESET", "third_party"), "RU", "UA", [], None, None, None,
      "Slovak cybersecurity firm ESET said it had analysed malware recovered from the company's systems and found code resembling tools that Sandworm had used against Ukraine's power grid in the past."),
    C("cyber", K(None, "Reuters", "media"), "unknown", "UA", [], None, None, T("in December 2023", "2023-12-01", "2023-12-31", "month"),
      "Ukraine has been hit by several major cyberattacks since Russia's full-scale invasion in February 2022, including one on the mobile operator Kyivstar in December 2023 that left millions of people without mobile and internet service for days."),
    C("cyber", CCD, "RU", "UA", [Q("other", "other", 300, "at_least")], None, P("the Sumy", "Sumy Oblast", "UA-59", "region"), None, CCD_EV),
    C("cyber", CCD, "RU", "UA", [Q("other", "other", 300, "at_least")], None, P("Kharkiv regions", "Kharkiv Oblast", "UA-63", "region"), None, CCD_EV),
    C("cyber", K("A pro-Ukrainian volunteer hacker group calling itself the IT Army", "IT Army of Ukraine", "UA"), "UA", "RU", [], None,
      P("Russian regional airports", "Russia", "RU", "country"), WED,
      "A pro-Ukrainian volunteer hacker group calling itself the IT Army said it had carried out attacks that took the websites of several Russian regional airports offline on Wednesday. Reuters could not verify the claim.",
      status="unconfirmed"),
]
