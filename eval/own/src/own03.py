# AFP dispatch on a France 24-like page: direct talks in Istanbul, a prisoner swap agreed, the night's drones.
from _lab import *

PUB = "2025-08-20"
META = {"id": "own03", "url": "https://www.france24.example/en/europe/20250820-russia-ukraine-agree-new-prisoner-swap-no-truce-istanbul",
        "retrieved_at": "2025-08-21"}
TITLE = "Russia, Ukraine agree new prisoner swap but no truce at Istanbul talks"
PUBLISHED = PUB
BYLINE = "Selin ARAS with Marta KOVAL in Kyiv"

TEXT = """
* We and our partners use cookies or similar technologies to access and store non-sensitive information such as your IP address.
* By clicking "Accept", you consent to the use of cookies or similar technologies by France Médias Monde and its partners.
Europe
Russia, Ukraine agree new prisoner swap but no truce at Istanbul talks
Ukrainian delegation head Rustem Umerov (C) arrives for talks at the Ciragan Palace in Istanbul on August 20, 2025. © Ozan Kaya, AFP
Issued on: 20/08/2025 - 18:22Modified: 20/08/2025 - 19:05
3 min
By: Selin ARAS with Marta KOVAL in Kyiv
Advertising
¶Russia and Ukraine agreed on Wednesday to swap 1,000 prisoners of war each but failed to make progress towards a ceasefire at their fourth round of direct talks in Istanbul, both delegations said.
¶The talks at the Ciragan Palace on the Bosphorus lasted just over an hour, a Turkish foreign ministry source told AFP.
¶"We proposed a full and unconditional ceasefire for 30 days. The Russian side again refused," Ukraine's chief negotiator Rustem Umerov told reporters after the meeting.
¶Russian negotiator Vladimir Medinsky said Moscow had proposed short ceasefires of 48 to 72 hours on specific sections of the front so that the bodies of soldiers could be collected.
¶Medinsky said Russia was also ready to hand over the bodies of 3,000 Ukrainian soldiers next week.
Read more
Zelensky says Kyiv ready for leaders' summit 'in any format'
¶Kremlin spokesman Dmitry Peskov said earlier on Wednesday that a meeting between President Vladimir Putin and Volodymyr Zelensky was "not on the agenda" for now.
¶- Overnight attack -
¶Hours before the talks opened, Russia fired 58 drones at Ukraine, 41 of which were shot down, the Ukrainian air force said.
¶In the eastern Donetsk region, Russian shelling killed two civilians in the town of Kostiantynivka and wounded three others, regional governor Vadym Filashkin said.
¶Russia's defence ministry said its forces had seized the village of Novoselivka in the Dnipropetrovsk region, a claim AFP could not independently verify.
¶The war, the largest conflict in Europe since World War II, has killed tens of thousands of people and forced millions to flee their homes.
© 2025 AFP
Share
Facebook
X
WhatsApp
Read next
Europe
Heatwave: Spain records its hottest August night on record
Culture
Venice film festival unveils line-up with six debut features
"""

DELEG_UA = ("both delegations", "Ukrainian delegation", "UA")
DELEG_RU = ("both delegations", "Russian delegation", "RU")
TURK = ("a Turkish foreign ministry source", "Turkish foreign ministry source", "third_party")
UMEROV = ("Ukraine's chief negotiator Rustem Umerov", "Rustem Umerov", "UA")
MED = ("Russian negotiator Vladimir Medinsky", "Vladimir Medinsky", "RU")
MED2 = ("Medinsky", "Vladimir Medinsky", "RU")
PESKOV = ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "RU")
AF = ("the Ukrainian air force", "Ukrainian Air Force", "UA")
FIL = ("regional governor Vadym Filashkin", "Vadym Filashkin", "UA")
RUMOD = ("Russia's defence ministry", "Russian Ministry of Defence", "RU")

ISTANBUL = P("Istanbul", "Istanbul", "TR", "TR-34", "settlement")
WED = weekday("on Wednesday", "Wednesday", PUB)
EV1 = ("Russia and Ukraine agreed on Wednesday to swap 1,000 prisoners of war each but failed to make progress towards a "
       "ceasefire at their fourth round of direct talks in Istanbul, both delegations said.")
NIGHT = T("Hours before the talks opened", "2025-08-19T18:00", "2025-08-20T09:00", "part_of_day")
EV_AF = "Hours before the talks opened, Russia fired 58 drones at Ukraine, 41 of which were shot down, the Ukrainian air force said."
EV_FIL = ("In the eastern Donetsk region, Russian shelling killed two civilians in the town of Kostiantynivka and wounded three "
          "others, regional governor Vadym Filashkin said.")
KOST = P("the town of Kostiantynivka", "Kostiantynivka", "UA", "UA-14", "settlement")

CLAIMS = [
    C("negotiation", DELEG_UA, EV1, actor="UA", place=ISTANBUL, time=WED),
    C("negotiation", DELEG_RU, EV1, actor="RU", place=ISTANBUL, time=WED),
    C("prisoner_exchange", DELEG_UA, EV1, q=[Q("released", "person", 1000, category="prisoner")], modality="planned"),
    C("prisoner_exchange", DELEG_RU, EV1, q=[Q("released", "person", 1000, category="prisoner")], modality="planned"),
    C("negotiation", TURK, "The talks at the Ciragan Palace on the Bosphorus lasted just over an hour, a Turkish foreign ministry source told AFP.",
      place=P("the Ciragan Palace on the Bosphorus", "Ciragan Palace, Istanbul", "TR", "TR-34", "point"), time=WED),
    C("negotiation", UMEROV,
      "\"We proposed a full and unconditional ceasefire for 30 days. The Russian side again refused,\" Ukraine's chief negotiator Rustem Umerov told reporters after the meeting.",
      actor="UA", place=ISTANBUL, time=WED),
    C("negotiation", MED,
      "Russian negotiator Vladimir Medinsky said Moscow had proposed short ceasefires of 48 to 72 hours on specific sections of the front so that the bodies of soldiers could be collected.",
      actor="RU", place=ISTANBUL, time=WED),
    C("prisoner_exchange", MED2, "Medinsky said Russia was also ready to hand over the bodies of 3,000 Ukrainian soldiers next week.",
      q=[Q("released", "person", 3000, category="military")], time=T("next week", "2025-08-25", "2025-08-31", "week"),
      modality="planned"),
    C("negotiation", PESKOV,
      "Kremlin spokesman Dmitry Peskov said earlier on Wednesday that a meeting between President Vladimir Putin and Volodymyr Zelensky was \"not on the agenda\" for now.",
      actor="RU", modality="negated"),
    C("strike", AF, EV_AF, actor="RU", target="UA", q=[Q("launched", "drone", 58)], weapon="drone", place=UKRAINE(), time=NIGHT),
    C("interception", AF, EV_AF, actor="UA", target="RU", q=[Q("intercepted", "drone", 41)], weapon="drone", place=UKRAINE(), time=NIGHT),
    C("strike", FIL, EV_FIL, actor="RU", target="UA", weapon="artillery", place=KOST),
    C("casualties", FIL, EV_FIL, actor="RU", target="UA",
      q=[Q("killed", "person", 2, category="civilian"), Q("injured", "person", 3, category="civilian")], weapon="artillery", place=KOST),
    C("territorial_change", RUMOD,
      "Russia's defence ministry said its forces had seized the village of Novoselivka in the Dnipropetrovsk region, a claim AFP could not independently verify.",
      actor="RU", target="UA", place=P("the village of Novoselivka", "Novoselivka", "UA", "UA-12", "settlement"), status="unconfirmed"),
]

AIRWATCH = [("launched", "drone", 58), ("intercepted", "drone", 41)]
