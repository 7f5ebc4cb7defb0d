from lib import *

ID = "own2-17"
URL = "https://www.pravda.com.ua/eng/news/2025/04/02/7505188/"
RETRIEVED = "2025-04-02T14:45:00+00:00"
DATE = "2025-04-02"
TITLE = "Syrskyi: Russia has massed about 74,000 troops on Pokrovsk front and formed two new divisions in the south"
BYLINE = "Anastasiia Moroz"

TEXT = """
Syrskyi: Russia has massed about 74,000 troops on Pokrovsk front and formed two new divisions in the south | Ukrainska Pravda
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
Syrskyi: Russia has massed about 74,000 troops on Pokrovsk front and formed two new divisions in the south
Anastasiia Moroz — Wednesday, 2 April 2025, 13:27
Oleksandr Syrskyi. Photo: General Staff of the Armed Forces of Ukraine
¶Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi has said that Russia has concentrated about 74,000 troops in the Pokrovsk direction, where the heaviest fighting continues. He added that over the winter Russia had formed two new divisions, which are now being deployed in the Zaporizhzhia direction.
¶Source: Syrskyi on Telegram after a meeting with brigade commanders
¶Quote: "The enemy is not abandoning its plans to reach the borders of Donetsk Oblast. In the Pokrovsk direction alone, the enemy has about 74,000 personnel. We see the arrival of fresh units in the south, including two newly formed divisions."
¶Details: Syrskyi said that in March the Russian army had lost 26,400 soldiers killed and wounded, and that Ukrainian units had liberated the village of Kotlyne near Pokrovsk.
¶The Commander-in-Chief also reported that the first 1,000 volunteers recruited under the "18-24" contract programme had completed basic training and would join assault units this month.
¶According to the General Staff, 143 combat clashes took place along the front over the past day. The Russians were most active in the Pokrovsk direction, where they attacked Ukrainian positions 52 times near Myrnohrad, Udachne and Kotlyne.
¶The Russian Defence Ministry claimed on Wednesday that its forces had captured the village of Andriivka in Donetsk Oblast. The General Staff did not comment on the claim.
¶Analysts at the Centre for Defence Strategies say Russia is preparing a spring-summer offensive and is trying to build up reserves without announcing a new wave of mobilisation.
¶Background:
¶Zelenskyy said on 1 April that Russia had violated the partial ceasefire on strikes against energy facilities 30 times since it took effect.
¶Syrskyi said earlier that the Russian command had been transferring units from the Kursk direction to Donetsk Oblast since mid-March.
Support UP or become our patron!
Journalists in Ukraine are working under constant shelling and blackouts. Your support helps us keep reporting.
Advertisement:
Most read
Zelenskyy meets Finnish president in Kyiv
Russians drop glide bombs on Zaporizhzhia suburbs
All news
Ukrainska Pravda is a Ukrainian media outlet founded in 2000.
Use of materials is permitted provided that a hyperlink to Ukrainska Pravda is included.
© 2000-2025, Ukrainska Pravda
"""

SYR = K("Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi", "Oleksandr Syrskyi", "UA")
SYR2 = lambda t: K(t, "Oleksandr Syrskyi", "UA")
POK = P("the Pokrovsk direction", "Pokrovsk", "UA-14", "district")
EV1 = "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi has said that Russia has concentrated about 74,000 troops in the Pokrovsk direction, where the heaviest fighting continues."
EV2 = "He added that over the winter Russia had formed two new divisions, which are now being deployed in the Zaporizhzhia direction."
GS = K("the General Staff", "General Staff of the Armed Forces of Ukraine", "UA")
DAY = T("over the past day", "2025-04-01", "2025-04-02", "day")
GS_EV = "The Russians were most active in the Pokrovsk direction, where they attacked Ukrainian positions 52 times near Myrnohrad, Udachne and Kotlyne."

CLAIMS = [
    C("mobilization", SYR, "RU", None, [Q("other", "person", 74000, "about", "military")], None, POK, None, EV1),
    C("ground_combat", SYR, "RU", "UA", [], None, POK, None, EV1),
    C("mobilization", K("He", "Oleksandr Syrskyi", "UA"), "RU", None, [Q("other", "other", 2)], None,
      P("the Zaporizhzhia direction", "Zaporizhzhia direction", "UA-23", "district"),
      T("over the winter", "2024-12-01", "2025-02-28", "month"), EV2),
    C("casualties", SYR2("Syrskyi"), "UA", "RU", [Q("other", "person", 26400, "exact", "military")], None, None,
      T("in March", "2025-03-01", "2025-03-31", "month"),
      "Details: Syrskyi said that in March the Russian army had lost 26,400 soldiers killed and wounded"),
    C("territorial_change", SYR2("Syrskyi"), "UA", "RU", [], None, P("the village of Kotlyne", "Kotlyne", "UA-14", "settlement"), None,
      "Details: Syrskyi said that in March the Russian army had lost 26,400 soldiers killed and wounded, and that Ukrainian units had liberated the village of Kotlyne near Pokrovsk."),
    C("mobilization", SYR2("The Commander-in-Chief"), "UA", None, [Q("other", "person", 1000, "exact", "military")], None, None,
      T("this month", "2025-04-01", "2025-04-30", "month"),
      "The Commander-in-Chief also reported that the first 1,000 volunteers recruited under the \"18-24\" contract programme had completed basic training and would join assault units this month."),
    C("ground_combat", GS, "RU", "UA", [Q("engagements", "engagement", 143)], None, None, DAY,
      "According to the General Staff, 143 combat clashes took place along the front over the past day."),
    C("ground_combat", GS, "RU", "UA", [Q("engagements", "engagement", 52)], None, POK, DAY, GS_EV),
] + [
    C("ground_combat", GS, "RU", "UA", [Q("engagements", "engagement", 52)], None, P(t, t, "UA-14", "settlement"), DAY, GS_EV)
    for t in ["Myrnohrad", "Udachne", "Kotlyne"]
] + [
    C("territorial_change", K("The Russian Defence Ministry", "Russian Ministry of Defence", "RU"), "RU", "UA", [], None,
      P("the village of Andriivka", "Andriivka", "UA-14", "settlement"), None,
      "The Russian Defence Ministry claimed on Wednesday that its forces had captured the village of Andriivka in Donetsk Oblast. The General Staff did not comment on the claim.",
      status="unconfirmed"),
    C("negotiation", K("Zelenskyy", "Volodymyr Zelenskyy", "UA"), "RU", None, [Q("other", "other", 30)], None, None, None,
      "Zelenskyy said on 1 April that Russia had violated the partial ceasefire on strikes against energy facilities 30 times since it took effect."),
    C("strike", K("Zelenskyy", "Volodymyr Zelenskyy", "UA"), "RU", "UA", [Q("other", "other", 30)], "unknown", None, None,
      "Zelenskyy said on 1 April that Russia had violated the partial ceasefire on strikes against energy facilities 30 times since it took effect."),
    C("mobilization", SYR2("Syrskyi"), "RU", None, [], None, P("Donetsk Oblast", "Donetsk Oblast", "UA-14", "region"),
      T("since mid-March", "2025-03-10", "2025-04-02", "month"),
      "Syrskyi said earlier that the Russian command had been transferring units from the Kursk direction to Donetsk Oblast since mid-March."),
]
