"""Pricing: the rep stating a price, cost, fee, discount or trial term ("$30 a month",
"20% off", "a 30-day free trial"), and the prospect asking about price ("what does it cost?").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from roleplay.language import precompiled
from roleplay.language.text import Lazy, Rule, has_any, is_question, lowercase, sentences, word_set
from roleplay.language.voicemail import PHONE_DIGITS

# The numbers said in words, as a tuple and (with "a", as in "a hundred") as a regex group.
_NUMBERS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
    " hundred thousand"
).split()
_NUMBER_WORDS = "(?:" + "|".join((*_NUMBERS, "a")) + ")"
# The currencies of Russia and Central Asia, the Caucasus, South Asia, Southeast Asia, Latin
# America and Africa, after a sum in digits or in words ("4900 rubles", "four thousand nine
# hundred rubles a month"); each also in _CURRENCY_WORDS, the quick test.
_MORE_CURRENCIES = (
    "rub(?:les?)?|roubles?|hryvnias?|uah|tenge|kzt|lari|manats?|leva|kuna|taka|bdt|kyats?|riels?"
    "|tugriks?|afghanis?|soles|bolivianos|quetzal(?:es|s)|colones|lempiras|cordobas|guaranies"
    "|birr|etb|leones|dalasi|ariary|rufiyaa|ngultrum|kwanza|meticais|meticals?|somoni"
)
# ("grand" as a wish is no sum: "have a grand day", "a grand weekend")
_MONEY_WORD = (
    r"(?:dollars?|bucks|cents|pence"
    r"|grand(?!\s+(?:day|time|week|weekend|evening|morning|afternoon|night|one|old|opening|job)\b))"
)
# What says a sum of pounds is what something costs, before it or after it.
_POUNDS_COST = (
    r"(?:costs?|cost\s+you|comes?\s+(?:to|in\s+at|out\s+at)|priced\s+at|charge|charges|it's|its|it\s+is"
    r"|that's|thats|that\s+is|that'd\s+be|it'd\s+be|would\s+be|runs?|looking\s+at)"
)
_PRICE_TERMS = (
    r"(?:fitted|installed|supplied|all[\s-]in|plus\s+vat|\+\s*vat|inc(?:l|luding)?\.?\s+vat"
    r"|ex(?:cl|cluding)?\.?\s+vat|upfront|up\s+front|in\s+total|total|one[\s-]off)\b"
)
_PER_UNIT = (
    r"(?:a|an|per|/|each)\s*(?:seat|user|licen[cs]e|head|terminal|location|site|device|employee|agent|member|vehicle|truck|unit|machine|endpoint"
    r"|month|mo|year|yr|annum|week|quarter|day|hour|hr)\b"
)
_AMOUNT = rf"(?:\d[\d,]*(?:\.\d+)?\s*(?:k|grand|hundred|thousand)?|(?:{_NUMBER_WORDS}[\s-]){{0,3}}{_NUMBER_WORDS}|(?:a\s+)?(?:couple|few)\s+(?:hundred|thousand|grand))"
# A period no shorter than a week, after a sum: "a month", "/mo", "per year".
_A_PERIOD = r"(?:a|an|per|/)\s*(?:month|mo|year|yr|annum|week|quarter)\b"
# A sum of two digits or more (or in dollars) and a period no shorter than a week after it:
# "150 a month", "$9/month", "1,200 a year" (the end of the rate-per-period price rule).
_SUM_PER_PERIOD_RE = (
    r"(?:\$\s?\d|\d\d|\d,\d|\d(?=\s*(?:k|grand|thousand)\b))[\d,]*(?:\.\d+)?\s*(?:k\s+|grand\s+|thousand\s+)?(?:bucks\s+|dollars\s+)?"
    + _A_PERIOD
)
# The same sum said in words: "two hundred and nine a month", "nine hundred a year", "two
# ninety-nine a month" (not "two a month", a count)
_WORD_SUM_PER_PERIOD_RE = (
    rf"(?:(?:{_NUMBER_WORDS}[\s-]){{1,3}}(?:hundred|thousand|grand)(?:\s+and)?(?:[\s-]{_NUMBER_WORDS}){{0,3}}"
    r"|(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"\s*(?:bucks\s+|dollars\s+)?" + _A_PERIOD
)
_WORD_SUM_KEYS = (
    "hundred",
    "thousand",
    "grand",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
)
#: (substring gate, rule) pairs: a rule is only run when its gate word is in the line (an
#: empty gate leaves it to the rule's precheck).
_PRICING_RULES: tuple[tuple[tuple[str, ...], Rule], ...] = (
    # other currencies: "£45 a month", "€2,000", "Rs 5,000", "₹999", "50 quid", "AUD 300",
    # pence ("40p a sheet", "60 pence each")
    # (no substring gate: its precheck, a currency sign or a currency word, is the test, and
    # a cheaper one than fourteen substrings, "rs" among them)
    (
        (),
        Rule(
            # (the ringgit, shilling and rupiah signs too: "RM199 per month", "KSh 2,500")
            r"[£€₹₦₵₱]\s?\d[\d,]*(?:\.\d+)?|\b(?:rs\.?|inr|aud|cad|gbp|eur|nzd|a\$|c\$)\s?\d[\d,]*(?:\.\d+)?"
            r"|\b(?:rm|ksh|rp)\s?\d[\d,]*\d(?:\.\d+)?"
            # the rand's "R" written onto a sum for each thing or period, its thousands
            # perhaps spaced: "R1 450 a flat installed", "R35 a month" (not "R290, the gas")
            r"|\br\d{1,3}(?:\s\d{3})*(?:[.,]\d\d)?(?=\s*(?:a|an|per|each|/)\s*[a-z])"
            r"|\b\d[\d,]*(?:\.\d+)?\s*(?:rupees|lakhs?(?!\s+(?!rupees\b)[a-z]+s\b)|crores?(?!\s+(?!rupees\b)[a-z]+s\b)|aud|cad|gbp|eur|inr|nzd|pence"
            # the world's other currencies, after the sum: "399 rand a month", "2,500 pesos"
            # (each also in _CURRENCY_WORDS below, the quick test; the regex is written out,
            # not joined from that list: "shillings?" matched faster than "shilling|shillings")
            r"|rand|zar|naira|ngn|shillings?|kes|cedis?|kwacha|pula|dirhams?|aed|riyals?|sar|dinars?"
            r"|pesos|mxn|reais|brl|yen|jpy|yuan|rmb|cny|baht|thb|ringgit|myr|rupiah|idr|sgd|hkd"
            r"|francs?|chf|kronor|kroner|krona|sek|nok|dkk|zloty|zlotys|pln|lira|forint|lei"
            rf"|{_MORE_CURRENCIES})\b"
            r"|\b\d+(?:\.\d+)?p\s+(?:a|an|per|each)\s+[a-z]+"
        ),
    ),
    # a price said as a rate with no currency word: "runs about eight hundred a year per seat",
    # "it's 45 a user", "costs 200 a month", "we charge twelve per truck"
    (
        (
            "run",
            "cost",
            "charg",
            "priced",
            "bill",
            "pay",
            "comes",
            "works out",
            "seat",
            "user",
            "licen",
            "terminal",
            "device",
            "endpoint",
        ),
        Rule(
            rf"\b(?:runs?|running|costs?|costing|charges?|charging|priced\s+at|billed\s+at|licen[cs]e[ds]?\s+(?:it\s+|them\s+)?(?:at|for)|pay|paying|comes?\s+(?:out\s+)?to|works?\s+out\s+(?:at|to))\s+"
            rf"(?:about\s+|around\s+|roughly\s+|approximately\s+|under\s+|just\s+|only\s+|from\s+|a\s+flat\s+)?{_AMOUNT}\s*(?:bucks\s+)?{_PER_UNIT}"
            rf"|\b{_AMOUNT}\s*(?:bucks\s+)?(?:a|an|per|/|each)\s*(?:seat|user|licen[cs]e|terminal|device|endpoint)\b"
        ),
    ),
    # a price for the job with no currency word: "we can do it for about eighteen hundred a year",
    # "I'd get you set up for 450 a month" -- a size of money (hundreds, thousands, 3+ digits)
    # or a rate per period/unit, so "do it for two hours" is not a price.
    (
        (" for ",),
        Rule(
            r"\b(?:do|get|have|give|offer|sell|supply|insure|cover|handle|take\s+care\s+of|sort|set)\s+(?:it|that|this|them|you|yours|the\s+lot|the\s+whole\s+(?:thing|lot))\b"
            r"(?:\s+(?:set\s+up|up|out|all|covered|sorted|insured))?\s+for\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|just\s+|only\s+|under\s+|less\s+than\s+|like\s+)?"
            rf"(?:(?:{_NUMBER_WORDS}[\s-]){{0,3}}(?:hundred|thousand|grand)|\d[\d,]*(?:\.\d+)?\s*(?:k|grand|hundred|thousand)|\d{{3,}}(?:,\d{{3}})*|\d[\d,]*(?:\.\d+)?(?=\s*{_PER_UNIT})|(?:{_NUMBER_WORDS}[\s-]){{0,3}}{_NUMBER_WORDS}(?=\s*{_PER_UNIT}))"
            # the thing itself named, then a rate per period: "I can do seasonal updates for
            # like 300 a month" (not "we do deliveries for 300 restaurants": a count)
            r"|\b(?:do|offer|sell|supply|handle|provide)\s+(?:(?:the|your|all|those|these|our|my)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+for\s+"
            r"(?:(?:about|around|roughly|approximately|just|only|under|less\s+than|like)\s+)*"
            + f"(?:{_SUM_PER_PERIOD_RE}|{_WORD_SUM_PER_PERIOD_RE})"
        ),
    ),
    # an amount of money: "$45", "2.4 percent plus ten cents", "a two-hundred-dollar credit"
    (
        ("$", "dollar", "cent", "buck", "grand", "usd", "euro", "pound", "quid", "pence", "rupee"),
        Rule(
            r"\$\s?\d[\d,]*(?:\.\d+)?(?!\s*(?:million|billion|mm|bn|k\b|m\b|b\b))"
            r"|\b\d[\d,]*(?:\.\d+)?\s*(?:dollars?|bucks|cents|usd|euros?|pounds?\s+(?:a|per|each)|quid)\b"
            rf"|\b(?:{_NUMBER_WORDS}[\s-]){{0,3}}{_NUMBER_WORDS}[\s-]{_MONEY_WORD}\b"
            rf"|\b(?:{_NUMBER_WORDS}[\s-]){{0,3}}{_NUMBER_WORDS}[\s-](?:pounds?\s+(?:a|an|per|each)|euros?|rupees|quid)\b"
            r"|\b[\w-]+-dollar\b"
        ),
    ),
    # a discount or a rate in percent: "20% off", "25 percent off", "2.4 percent plus"
    (
        ("%", "percent", "per cent"),
        Rule(
            # (not a change measured: "we cut fuel use by 15% on every truck")
            r"(?<!\bby\s)(?<![\d.])(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s*cent)|\b"
            + _NUMBER_WORDS
            + r"(?:[\s-]\w+)?\s+percent)\s+"
            # ("fifty percent of discount", as English learned late says it)
            r"(?:off|(?:of\s+)?discount|cheaper|less\s+than|lower|below|rebate|cash\s*back|back|commission|plus|\+|per"
            # (or off a whole range: "the promo, 15% on all the cartridges", "20 percent on
            # every printer")
            r"|on\s+(?:all|every|each|any)\b"
            # (a rate on each payment: "1.9 percent a swipe")
            r"|a\s+(?:transaction|swipe|tap|sale|booking|order|payment|ticket|trade|shipment)|of\s+(?:each|every)\s+(?:sale|transaction)"
            # set under someone's rate: "15 percent under An Post's rate on UK parcels" (not
            # "we came in 15 percent under budget")
            r"|under\s+(?:[\w'-]+\s+){0,3}?(?:rates?|prices?|pricing|quotes?|costs?|fees?|tariffs?)\b"
            # ... or set against what they pay now: "comes down around eight percent versus
            # what you're paying now"
            r"|(?:versus|vs\.?|compared\s+(?:to|with)|against|below|under)\s+what\s+(?:you|you're|you\s+are)\s+(?:currently\s+)?pay"
            # what a partner is paid: "a 20 percent revenue share on every location"
            r"|(?:revenue|rev)[\s-]share|referral\s+fee|cut\s+of\s+(?:each|every|the)"
            # a fee on what is won back: "we only charge 30 percent of whatever we recover"
            r"|of\s+(?:whatever|what|everything|anything|all)\s+(?:we|you|they)\s+(?:recover|save|find|collect|get\s+back|claw\s+back)"
            r"|of\s+(?:the\s+)?(?:first[\s-]year(?:'s)?|annual|base|starting)\s+(?:salary|pay|wage|compensation|package))"
        ),
    ),
    (
        (
            "discount",
            "half",
            "rebate",
            "coupon",
            "promo",
            "special",
            "introductory",
            "beat",
            "match",
            "undercut",
            "waive",
            "waiving",
            "no ",
            "complimentary",
            "for free",
            "free of",
            "at no",
        ),
        Rule(
            # A discount or rebate counts when it is offered ("we'll give you a discount", "you
            # qualify for a rebate"), not when it is only the topic ("the rebate you asked about").
            r"\b(?:give|giving|offer|offering|get|getting|qualif(?:y|ies)\s+for|take|taking|knock|extend|apply|include)\s+"
            # (not a public scheme: "your street qualifies for the county rebate")
            r"(?:\w+\s+){0,3}?(?<!county\s)(?<!state\s)(?<!federal\s)(?<!government\s)(?<!city\s)(?<!utility\s)(?<!tax\s)(?<!council\s)"
            r"(?:discount|rebate)s?\b|\bdiscounted\s+(?:rate|price|pricing|plan)\b|\bdiscount\s+(?:for|if|when)\b"
            # ("half our normal rate")
            r"|\b(?:half(?:[- ]price|\s+off|\s+(?:of\s+)?(?:our|the|my|your)\s+(?:normal|usual|regular|standard|list)\s+(?:rate|price|fee|cost)s?)|coupon|promo(?:tion(?:al)?)?\s+(?:code|price|rate)|special\s+(?:offer|rate|pricing|price)|introductory\s+(?:rate|price|offer))\b"
            r"|\b(?:beat|match|undercut)\s+(?:their|your|the|any|his|her)\s+(?:current\s+)?(?:price|prices|quote|rate|rates|pricing)"
            r"|\bwaive[ds]?\s+(?:the\s+|your\s+)?(?:first\s+(?:\w+\s+){1,2}?of\s+(?:the\s+|your\s+)?(?:\w+\s+)?)?(?:setup\s+|set-up\s+|installation\s+)?(?:fee|fees|cost)"
            # ("we're waiving the rental fee", "waivin' da rental fee")
            r"|\bwaiving\s+(?:\w+\s+){0,2}?(?:fees?|costs?|charges?|rental\s+fees?|rent(?:al)?)\b"
            # the thing itself waived: "we waive the install if you sign before june"
            r"|\bwaive[ds]?\s+(?:the\s+|your\s+)?(?:install|installation|setup|set-up|onboarding|activation|first\s+month)\b"
            r"|\bno\s+(?:(?:setup\s+|set-up\s+|monthly\s+|annual\s+|hidden\s+|cancellation\s+|upfront\s+|up-front\s+"
            r"|acquisition\s+|activation\s+|installation\s+|install\s+|onboarding\s+|joining\s+|sign-?up\s+|application\s+|origination\s+|processing\s+|booking\s+|admin\s+|service\s+|early\s+termination\s+)?(?:fees?|minimums|charges?)"
            r"|(?:upfront|up-front|up\s+front|setup|set-up|monthly|hidden)\s+costs?)\b"
            r"|\bat\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|\bfree\s+of\s+charge|\bfor\s+free\b|\bcomplimentary\b"
            # the price said as none: "so it's zero, no cost"
            r"|\b(?:zero|nothing),?\s+no\s+cost\b"
        ),
    ),
    # financing and payment terms: "zero percent financing for 24 months", "0% APR", "no payments
    # until April", "nothing down", "interest-free for a year", "twelve months same as cash"
    (
        ("financ", "apr", "payment", "interest", "down", "defer", "same as cash"),
        Rule(
            r"\b(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s*cent)|(?:zero|"
            + _NUMBER_WORDS
            + r")(?:[\s-]\w+)?\s+(?:percent|per\s*cent))\s+"
            r"(?:financing|finance|apr|interest\s+(?:financing|for|until|on\s+(?:the|your|a|approved))|down\s+payment|down(?=\s*(?:[,.;!?]|and\b|$))|deposit)"
            r"|\b(?:no|zero|0%?)[\s-]interest\s+(?:financing|for|until|loans?|plan|payments?)\b|\binterest[\s-]free\s+(?:for|until|financing|loans?|credit|payments?)\b"
            r"|\bno\s+(?:monthly\s+)?payments?\s+(?:at\s+all\s+|whatsoever\s+)?(?:until|till|for|before)\b"
            r"|\b(?:no|zero|nothing|\$0)\s+(?:money\s+)?down\b(?!\s+(?:the|to|there|here|on\s+the))"
            r"|\bdefer(?:red)?\s+(?:your\s+)?(?:first\s+)?payments?\b|\b(?:first\s+)?payments?\s+(?:aren't|isn't|are\s+not|is\s+not|won't\s+be|not)\s+due\s+until\b"
            r"|\bsame\s+as\s+cash\b"
        ),
    ),
    # trial terms and free things: "a 30-day free trial", "free estimates", "it's completely free"
    (
        ("trial", "free", "on us", "half off", "pilot", "nothing"),
        Rule(
            # "a 30-day free trial", "a free 30 day pilot", "a two-week pilot"
            r"\b(?:\d+|"
            + _NUMBER_WORDS
            + r")[\s-](?:day|week|month)[\s-](?:free[\s-]|paid[\s-])?(?:trial|pilot)\b"
            r"|\bfree\s+(?:trial|pilot|month|months|week|weeks|estimates?|terminals?|quotes?|installation|install|consultations?|assessments?|audits?"
            r"|shipping|delivery|setup|set-up|onboarding|upgrades?|samples?|demos?|training|inspection|evaluation|analysis|credit|account|version|tier|plan|gift|hardware|device|equipment)\b"
            # "free in-home water testing", "a free on-site assessment" (not "free Thursday for a demo")
            r"|\bfree\s+(?!(?:to|for|of|time|up|now|next|this|tomorrow|today|on|at|in|and|or|\w+day)\s)(?:[\w-]+\s+){1,2}(?:testing|tests?|estimates?|quotes?|inspections?|assessments?|audits?|consultations?|installation|evaluations?|analysis|checks?|check-ups?|checkups?|surveys?|demos?|trials?|samples?)\b"
            r"|\btrial\s+(?:period|offer)\b|\bfirst\s+(?:month|week|year|order)(?:'s|s|\s+is)?\s+(?:free|on\s+us|half\s+off)"
            # (or the first of the service itself: "the first treatment is free", "your
            # first cleaning's on us")
            r"|\bfirst\s+(?:treatment|visit|session|service|lesson|class|consultation|cleaning|clean|inspection|delivery|spray|wash|fumigation|fill|refill|box|bag|bottle|load|trip)"
            r"(?:'s|\s+is|\s+will\s+be|\s+would\s+be)\s+(?:(?:totally|completely|absolutely)\s+)?(?:free|on\s+us|half\s+(?:off|price))\b"
            # "your first three months are free", "you get two months free", "with a month on us"
            r"|\bfirst\s+(?:(?:\d+|"
            + _NUMBER_WORDS
            # (the plural's "s" dropped, as English learned late says it: "first three month free")
            + r"|few|couple\s+of)\s+)(?:days?|weeks?|months?|years?|orders|sessions|visits)\s+(?:are\s+)?(?:free|on\s+us|half\s+(?:off|price))\b"
            r"|\b(?:get|getting|give\s+you|giving\s+you|with|plus|includes?|including)\s+(?:your\s+|the\s+)?(?:first\s+)?(?:\d+|"
            + _NUMBER_WORDS
            + r")\s+(?:days?|weeks?|months?|years?)\s+(?:free|on\s+us)\b"
            r"|\b(?:it's|it\s+is|that's|that\s+is|completely|totally|absolutely|100%)\s+free\b(?!\s+(?:to|for|now|at|on|next|this|tomorrow|today))"
            # free for a time, or the first weeks costing nothing: "the first store is free for
            # ninety days", "the first sixty days cost nothing"
            # (of a thing: not "he is free for two days", a person's time)
            # (the checks look back from "free", so they run only where it is found)
            r"|\bfree(?:(?<=\bis\sfree)|(?<=\bare\sfree)|(?<='s\sfree)|(?<=\bcomes\sfree)|(?<=\bbe\sfree))"
            r"(?<!\bhe\sis\sfree)(?<!\bshe\sis\sfree)(?<!\bhe's\sfree)(?<!\bshe's\sfree)(?<!\bwho's\sfree)"
            r"(?<!\bwe\sare\sfree)(?<!\bthey\sare\sfree)(?<!\byou\sare\sfree)"
            r"\s+for\s+(?:the\s+first\s+)?(?:\d+|"
            + _NUMBER_WORDS
            + r")\s+(?:days|weeks|months|years)\b"
            r"|\bfirst\s+(?:\d+|"
            + _NUMBER_WORDS
            + r"|few|couple\s+of)\s+(?:days|weeks|months|orders|sessions)\s+(?:cost|costs)\s+(?:you\s+)?(?:nothing|zero)\b"
            # what comes with it, free: "installation is free if you sign this week"
            r"|\b(?:installation|install|setup|set-up|onboarding|delivery|shipping|activation|training|fitting|hardware|equipment)"
            r"\s+(?:is|are|'s|comes|would\s+be|will\s+be|'ll\s+be)\s+(?:completely\s+|totally\s+|also\s+|included\s+and\s+)?free\b"
        ),
    ),
    # a price stated in words: "plans start at 79", "our rate is a flat 2.4 percent"
    (
        (
            "price",
            "pricing",
            "plan",
            "rate",
            "fee",
            "package",
            "subscription",
            "license",
            "cost",
            "commission",
            "it ",
        ),
        Rule(
            r"\b(?:prices?|pricing|plans?|rates?|fees?|packages?|subscriptions?|licenses?|it)\s+(?:start|starts|starting|run|runs|begin|begins|are|is)\s+(?:at\s+|from\s+(?!(?:19|20)\d\d\b(?![,.]\d)(?!\s*(?:/|(?:a|an|per|each|usd|dollars?|euros?|francs?|naira|cfa|fcfa|pounds?|bucks)\b))))?(?:just\s+|only\s+|as\s+low\s+as\s+|around\s+|about\s+)?(?:\$\s?\d[\d,.]*|\d[\d,.]*(?![\d,.]*\s*(?:/\s*7|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|times|x\b|%|percent|pages|people|users|trucks|sites|locations)))"
            # (ours perhaps with a word before it: "our partner rate would be 1,100")
            r"|\b(?:our|the|my|(?:our|my)\s+[a-z-]+)\s+(?:rate|fee|price|cost|commission)(?:'s|\s+is|\s+are|\s+would\s+be|'d\s+be|\s+will\s+be)\s+(?:just\s+|only\s+|a\s+flat\s+|about\s+|around\s+)?(?:\$\s?\d[\d,.]*(?:\s*(?:%|percent))?|\d[\d,.]*(?:\s*(?:%|percent))?|"
            + _NUMBER_WORDS
            + r"\b)"
        ),
    ),
    # a sum of money for each of anything, said with a cost verb: "runs about two thousand
    # per bin installed", "costs 300 a room to fit" (a size of money: not "runs two a day")
    (
        ("run", "cost", "charg", "priced", "comes", "works out"),
        Rule(
            r"\b(?:runs?|running|costs?|costing|charges?|charging|priced\s+at|comes?\s+(?:out\s+)?to|works?\s+out\s+(?:at|to))\s+"
            r"(?:about\s+|around\s+|roughly\s+|approximately\s+|under\s+|just\s+|only\s+|from\s+)?"
            rf"(?:(?:{_NUMBER_WORDS}[\s-]){{0,3}}(?:hundred|thousand|grand)|\d[\d,]*(?:\.\d+)?\s*(?:k|grand|hundred|thousand)|\d{{3,}}(?:,\d{{3}})*)"
            r"\s+(?:a|an|per|each)\s+(?!(?:second|minute|min|hour|hr|mile|km|kilometre|kilometer|foot|feet|metre|meter|degree|rpm)s?\b)[a-z]+"
        ),
    ),
    # a price said as a bare sum: "runs about 18 thousand", "you're looking at 1,400" (a
    # size of money, not a count of things: "runs 300 trucks" is no price), or any sum put
    # on the job as installed or per area: "it's like 1400 installed", "its four twenty a
    # square foot"
    (
        (
            "run",
            "cost",
            "comes",
            "goes for",
            "looking at",
            "installed",
            "square",
            "linear",
            "all in",
            "out the door",
            "pay only",
            "pay just",
            "paying only",
            "paying just",
        ),
        Rule(
            # (or "comes" with no "to", or what is left to pay, as Indian English says it: "3
            # kilowatt system comes one lakh forty-five thousand", "so you are paying only
            # sixty-seven thousand")
            r"\b(?:runs?|running|costs?|costing|comes?(?:\s+out)?(?:\s+to)?|goes\s+for|(?:you're|you\s+are|you'd\s+be|you\s+would\s+be)\s+looking\s+at"
            # (not asked: "are you paying just 4000 now")
            r"|(?:you|u)(?<!\bare\syou)(?<!\bare\su)(?<!\bdo\syou)(?<!\bdid\syou)"
            r"(?:'re|\s+are|\s+r|'ll\s+be|\s+will\s+be)?\s+pay(?:ing)?(?=\s+(?:only|just)\b))\s+"
            r"(?:like\s+|about\s+|around\s+|roughly\s+|approximately\s+|under\s+|just\s+|only\s+|maybe\s+)?"
            rf"(?:(?:{_NUMBER_WORDS}[\s-]){{0,3}}(?:hundred|thousand|grand|lakhs?|crores?)|\d[\d,]*(?:\.\d+)?\s*(?:k|grand|hundred|thousand)|\d{{1,3}}(?:,\d{{3}})+|\d{{3,}})\b"
            # (a count of things, perhaps named by two words: "runs 400 pick cycles an hour")
            r"(?!\s+(?:bucks\b|dollars\b)?[a-z]+s\b|\s+(?!(?:a|an|per|each|for|up|upfront|plus|and|or|to|in|on|with|total|all|flat|including|installed|bucks|dollars)\b)[a-z]+\s+(?!(?:plus|bucks|dollars|less|this|thus|is|was|has|its|us|yes)\b)[a-z]+s\b|\s+(?:a|an|per|each)\s+(?:second|minute|min|hour|hr|mile|km|kilometre|kilometer|foot|feet|metre|meter|degree|rpm)s?\b|\s*(?:%|percent|feet|foot|miles?|square|sq|acres?|hours?|minutes?|days?|weeks?|years?)\b)"
            r"|\b(?:it's|its|it\s+is|that's|thats|that\s+is|they're|they\s+are|is|are|runs?|costs?)\s+(?:(?:like|about|around|roughly|just|only|under|usually|typically|generally|normally)\s+){0,2}"
            rf"(?:(?:\$\s?)?(?:\d[\d,]*(?:\.\d+)?\s*(?:k|grand|hundred|thousand)?|(?:{_NUMBER_WORDS}[\s-]){{0,3}}{_NUMBER_WORDS})\s*(?:bucks\s+|dollars\s+)?"
            r"(?:a|per)\s+(?:square|linear|sq\.?)\s*(?:foot|feet|ft|met(?:er|re)|yard)\b"
            rf"|(?:\$\s?\d[\d,]*|\d{{1,3}}(?:,\d{{3}})+|\d{{3,}}|\d[\d,]*(?:\.\d+)?\s*(?:k|grand|hundred|thousand)|(?:{_NUMBER_WORDS}[\s-]){{0,3}}(?:hundred|thousand|grand))"
            r"\s*(?:bucks\s+|dollars\s+)?(?:installed|all[\s-]in|out\s+the\s+door)\b)"
        ),
    ),
    # a rate per period said plainly: "starting at two ninety-nine a month", "it's 150 a
    # month", "that'd be 90 a year", "the cost of a coffee a day, about 150 a month" (a sum
    # of two digits or more, a period no shorter than a week: "it's 3 a day", "about 2 a
    # week" count things)
    (
        ("month", "year", "week", "quarter", "annum"),
        Rule(
            rf"\bstarting\s+(?:at|from)\s+(?:just\s+|only\s+|around\s+|about\s+)?{_AMOUNT}\s*(?:bucks\s+|dollars\s+)?{_PER_UNIT}"
            r"|\b(?:it's|its|it\s+is|that's|thats|that\s+is|it'd\s+be|it\s+would\s+be|that'd\s+be|that\s+would\s+be|it'll\s+be|it\s+will\s+be|cost\s+of\b[^.!?]{0,40}?"
            # (or ours, set against theirs: "but ours is just 15k per month")
            r"|ours\s+(?:is|are|would\s+be|will\s+be|'d\s+be)"
            r"|(?:comes|works)\s+out\s+(?:to|at))\s*"
            r"(?:(?:just|only|honestly|about|around|roughly|like|under|maybe|usually|typically|generally|normally)\s+){0,3}"
            + f"(?:{_SUM_PER_PERIOD_RE}|{_WORD_SUM_PER_PERIOD_RE})"
            # ... or offered as what we do, a sum of money in words or in dollars: "or we do
            # twenty-one hundred a month on a lease" (not "we do 40 a month", a count)
            + r"|\b(?:we|i)\s+(?:can\s+|could\s+)?do\s+(?:(?:just|only|about|around|like)\s+)?"
            + rf"(?:(?:{_NUMBER_WORDS}[\s-]){{1,3}}(?:hundred|thousand|grand)|\$\s?\d[\d,]*(?:\.\d+)?)"
            + r"\s*(?:bucks\s+|dollars\s+)?"
            + _A_PERIOD
            # ... or the offer named as its subject, or a rate per period per thing: "our
            # setup is 69 a month", "69 a month per terminal" (each begins at a word every
            # match has: the offer, or the sum)
            + r"|\b(?:setup|set-up|plan|plans|package|packages|subscription|service|license|licence|tier|option|bundle|membership)\s+"
            r"(?:is|are|runs?|would\s+be|'d\s+be|will\s+be|'s)\s+(?:(?:just|only|about|around|roughly|like|usually)\s+){0,2}"
            + f"(?:{_SUM_PER_PERIOD_RE})"
            + rf"|(?:{_SUM_PER_PERIOD_RE})\s+(?:a|an|per|/|each)\s*(?:seat|user|licen[cs]e|head|terminal|location|site|device|employee|agent|member|vehicle|truck|unit|machine|endpoint)s?\b"
            # dollars and cents with no sign, then what they buy: "its 19.99 per line a
            # month" (not "99.95 per cent uptime")
            r"|\b\d{1,5}\.\d\d\s*(?:(?:a|an|per|each)\s+|/\s*)(?!(?:cent|percent|lot|bit|little|few|couple|great|good|new|whole)\b)[a-z]+\b"
        ),
    ),
    # a money-back guarantee, not money won back ("get some of that money back"); a rule
    # of its own, at the end (the prechecks above are by index), gated on its words
    (
        ("money back", "money-back"),
        Rule(
            r"\b(?:money[- ]back\s+(?:guarantee|guaranteed|promise|offer)|(?:\d+|thirty|sixty|ninety)[- ]day\s+money[- ]back"
            r"|or\s+your\s+money\s+back)\b"
        ),
    ),
    # an offer price set against the usual one, or for an opening period: "3 percent of
    # collections instead of 6", "its 1500 for the first month instead of 2500" (money, or a
    # sum of three digits not followed by what it counts: not "200 trucks instead of 300")
    # ... and "they start at 200 a month" (a price per period or in dollars: not "they start
    # at 6 every morning"); one rule of both, each alternative with its gate words
    (
        ("instead of", "for the first", "for your first", "they start", "they begin"),
        Rule(
            r"\bthey\s+(?:start|begin)\s+(?:at|from)\s+(?:just\s+|only\s+|around\s+|about\s+)?"
            r"(?:\$\s?\d[\d,.]*|\d{2,}[\d,]*(?=\s+(?:a|an|per|each)\s+(?:month|year|seat|user|unit|head|piece|license|licence)\b))|"
            r"(?:\$\s?\d[\d,.]*|\b\d[\d,.]*\s*(?:k\b|grand|bucks|dollars)|(?<![\d,.])\b(?:\d{1,3}(?:,\d{3})+|\d{3,})(?=\s+(?:for|a|an|per|each|the|on|up\s+front)\b)"
            # (or two digits a period or a seat, at or for: "3 months at 19 a month instead of
            # 49"; not "we see 20 a month instead of 40", a count)
            r"|\b(?:at|for|just|only|pay|paying)\s+\d{2}(?:\.\d\d)?(?=\s+(?:a|an|per|each)\s+(?:month|year|week|seat|user|head|licen[cs]e|location)\b))"
            r"(?:\s+[\w'-]+){0,4}?\s+instead\s+of\s+(?:the\s+|our\s+)?(?:usual\s+|normal\s+|regular\s+|standard\s+)?\$?\d+(?:[,.]\d+)*"
            # (a percent only as a fee on something: "3 percent of collections instead of 6")
            r"|\b\d[\d,.]*\s*(?:%|percent)\s+of\s+(?:[\w'-]+\s+){1,3}?instead\s+of\s+\d+(?:[,.]\d+)*"
            r"|\b(?:it's|its|it\s+is|that's|thats|that\s+is|it'd\s+be|that'd\s+be|it's\s+only|it's\s+just)\s+(?:just\s+|only\s+)?(?:\$\s?)?\d{2,}[\d,]*(?:\.\d\d)?\s+"
            r"for\s+(?:the\s+|your\s+)?first\s+(?:month|year|quarter|week|(?:\d+|two|three|six|twelve)\s+(?:months|weeks|years))\b"
        ),
    ),
    # anyone's rates beaten by how much: "we usually beat incumbent lease rates by eight
    # percent" (not "getting beat on price by guys who..."); the payments themselves
    # waived: "the first ninety days of payments are waived"
    (
        ("beat", "undercut", "waived"),
        Rule(
            r"\b(?:beat|beats|undercut|undercuts)\s+(?!on\b)(?:[\w-]+\s+){0,3}?(?:prices?|quotes?|rates?|pricing)\s+by\s+"
            r"(?:(?:about|around|roughly|up\s+to|as\s+much\s+as|at\s+least|over|a\s+good)\s+)?(?:\d|half\b|a\s+(?:third|quarter)\b|"
            + _NUMBER_WORDS
            + r")"
            # (or said short: "the first year of broker fees waived")
            r"|\b(?:fees?|payments?|charges?|rent|deposits?)\s+(?:(?:are|is|get|gets|will\s+be|would\s+be|'re|'s)\s+)?(?:fully\s+|all\s+)?waived\b"
        ),
    ),
    # a fee as a share of something, said as what we charge ("we charge 2 percent of
    # payroll", "it's only 2% of collections"; not "30 percent of your calls go to
    # voicemail", a figure); and a sum in thousands for the setup ("5k setup", "setup is
    # 5k"), a rule of its own on the setup's words
    (
        ("%", "percent"),
        Rule(
            r"\b(?:charge|charges|charging|take|takes|it's|its|it\s+is|that's|thats|fee\s+is|fee's|cost\s+is|rate\s+is|and\s+then|plus)\s+"
            r"(?:just\s+|only\s+|about\s+|around\s+|a\s+flat\s+)?\d+(?:\.\d+)?\s*(?:%|percent)\s+of\s+(?:the\s+|your\s+)?[a-z]+"
        ),
    ),
    (
        ("setup", "set-up", "install", "onboarding", "front"),
        Rule(
            r"\b\d+(?:\.\d+)?\s*k\s+(?:for\s+(?:the\s+)?)?(?:setup|set-up|install|installation|onboarding|up\s*front|upfront)\b"
            r"|\b(?:setup|set-up|install|installation|onboarding)\s+(?:is|fee\s+is|costs?|runs?|'s)\s+(?:just\s+|only\s+|about\s+|around\s+)?\$?\d+(?:\.\d+)?\s*k\b"
        ),
    ),
    # pounds, which weigh too, as money: said as what it costs ("it's around eleven thousand
    # pounds", "comes to 9,000 pounds") or with what a price comes with ("11,000 pounds
    # fitted", "... plus VAT"); not "it lifts two thousand pounds" (a rule of its own, on
    # its word: its sums are tried at every word)
    (
        ("pound",),
        Rule(
            rf"\b{_POUNDS_COST}\s+(?:(?:about|around|roughly|approximately|just|only|under|like)\s+)?{_AMOUNT}\s*pounds\b(?!\s+of\b)"
            rf"|\b{_AMOUNT}\s*pounds?\s+{_PRICE_TERMS}"
        ),
    ),
    # a vehicle or a driver, said as what it costs (a currency code may come between): "it's
    # only thirty-five US a van per month" (not "two a van") (a rule of its own, on its words)
    (
        (),
        Rule(
            rf"\b(?:only|just|about|around|roughly|from|it's|its)\s+{_AMOUNT}\s*(?:bucks\s+|us\s+|usd\s+)?(?:a|an|per|/|each)\s*(?:van|truck|vehicle|driver)\b"
        ),
    ),
    # the usual price told, before the deal: "normally it's 4k but for you I'll do 3",
    # "usually we charge $900" (money, or a sum in thousands: not "normally it's 20 minutes")
    (
        ("normally", "usually", "typically", "regularly", "ordinarily"),
        Rule(
            r"\b(?:normally|usually|typically|regularly|ordinarily)\s+(?:it's|its|it\s+is|that's|thats|that\s+is|it'd\s+be|it\s+would\s+be"
            r"|(?:we|i)\s+charge|it\s+costs|it\s+runs|it\s+goes\s+for|they're|theyre|they\s+are|they\s+cost|we\s+sell\s+(?:it|them)\s+for)\s+"
            r"(?:about\s+|around\s+|like\s+|roughly\s+)?(?:\$\s?\d[\d,.]*|\d[\d,.]*\s*(?:k|grand|bucks|dollars|quid|euros?|pounds|rand|rupees)\b)"
        ),
    ),
    # a sum in thousands with its currency's code after it: "roughly forty thousand US",
    # "12k SGD" (not "two thousand US customers")
    (
        (
            "thousand us",
            "hundred us",
            "k us",
            "thousand sgd",
            "k sgd",
            "thousand hkd",
            "k hkd",
            "thousand aud",
            "k aud",
        ),
        Rule(
            rf"\b(?:\d[\d,.]*\s*(?:k|thousand|hundred)|(?:{_NUMBER_WORDS}[\s-]){{0,3}}(?:hundred|thousand))\s+(?:us|usd|sgd|hkd|aud)\b"
            r"(?!\s+(?:office|market|side|team|customers|clients|sites?|lines?|stores?|states?|companies|firms|brands|users|accounts)\b)"
        ),
    ),
    # a sum for each person, as trips, courses and events are priced: "nine-fifty a head all
    # in", "it's 85 a person", "twelve hundred per guest" (a size of money: two digits or
    # more, hundreds, or a sum said in pairs; not "two a head", "one leader for every ten
    # kids") (a rule of its own, on its units)
    (
        (),
        Rule(
            r"(?:\b\d{2,}[\d,]*(?:\.\d\d)?|\b\d[\d,]*(?:\.\d+)?\s*(?:k|grand|hundred|thousand)"
            rf"|\b(?:{_NUMBER_WORDS}[\s-]){{1,3}}(?:hundred|thousand|grand)(?:\s+and)?(?:[\s-]{_NUMBER_WORDS}){{0,3}}"
            r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-](?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
            r"\s*(?:bucks\s+|dollars\s+)?(?:a|per|each|/)\s*(?:head|person|pax|guest|cover|kid|child|student|passenger|traveller|traveler"
            r"|participant|attendee|delegate|adult)\b"
        ),
    ),
    # the world's other currencies after a sum said in words: "three hundred ninety dinar a
    # month", "two thousand rand" (not "a rand", "one franc": a bare article or a lone "one"
    # is no sum; nor "ten dinar-zone markets") (a rule of its own, on its number words)
    (
        (),
        Rule(
            rf"\b(?:{_NUMBER_WORDS}[\s-]){{0,3}}(?!a\b|one\b){_NUMBER_WORDS}[\s-]"
            r"(?:rupees|lakhs?(?!\s+(?!rupees\b)[a-z]+s\b)|crores?(?!\s+(?!rupees\b)[a-z]+s\b)|rand|naira|shillings?|cedis?|kwacha|pula|dirhams?|riyals?|dinars?"
            r"|pesos|reais|yen|yuan|baht|ringgit|rupiah|francs?|kronor|kroner|krona|zloty|zlotys|lira|forint|lei"
            # (the currencies of Russia and Central Asia, the Caucasus, South Asia, Southeast
            # Asia, Latin America and Africa: "four thousand nine hundred rubles a month")
            rf"|{_MORE_CURRENCIES})\b(?!-)"
        ),
    ),
    # what a bundle costs, said after it: "10x10 backlit booth w graphics and shipping for
    # 4900", "the whole package for 12k" (three digits or more, or thousands, and the clause
    # ends on it: not "for 2025", a year, nor "a system for 300 users")
    (
        (" for ",),
        # (the match starts at "for", what comes before it looked back at: a search then
        # skips to each "f" of the line, not each word)
        Rule(
            r"(?:(?<=\bpackage\s)|(?<=\bdeal\s)|(?<=\bbundle\s)|(?<=\bset\s)|(?<=\bkit\s)"
            r"|(?<=\bbooth\s)|(?<=\blot\s)|(?<=\bsystem\s)|(?<=\bsetup\s)|(?<=\binstall\s)"
            r"|(?<=\binstallation\s)|(?<=\bshipping\s)|(?<=\bdelivery\s)|(?<=\beverything\s)"
            r"|(?<=\ball\sof\sit\s)|(?<=\bthe\sworks\s)|(?<=\ball\s)|(?<=\bincluded\s))"
            r"for\s+(?:just\s+|only\s+|about\s+|around\s+|like\s+)?"
            r"(?!(?:19|20)\d\d\b)(?:\d{3,}(?:\.\d\d)?|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:k|grand))"
            r"(?=\s*(?:[.,;!?]|$|all\s+in\b|total\b|flat\b|bucks\b|dollars\b|(?:a|per)\s+(?:month|year|week)\b))"
            # ... or after anything, the sum marked a price: "stand with lights and carpet for
            # 3200, all in"
            r"|(?<=[a-z]\s)for\s+(?:just\s+|only\s+|about\s+|around\s+|like\s+)?(?:\d{3,}(?:\.\d\d)?|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:k|grand))"
            r"\s*,?\s*(?:all[\s-]in|total|flat|out\s+the\s+door|plus\s+(?:tax|gst|vat))\b"
        ),
    ),
    # a sum and its period standing alone as a clause of their own, after what it buys:
    # "reels and posts and stuff, 299 a month" (three digits, or cents: not "30 a month",
    # as often a count as a price; nor "we ship 300 a month", a verb's count)
    (
        ("month", "year", "week", "quarter", "annum"),
        # (what stands before the sum, a pause, is checked apart: _BARE_SUM_AFTER_PAUSE)
        Rule(
            r"(?<![\w.,$])(?:\d{3,}|\d{1,3}(?:,\d{3})+|\d+\.\d\d)\s*(?:bucks\s+|dollars\s+)?(?:a|an|per|/)\s*(?:month|mo|year|yr|annum|week|quarter)\b"
            r"(?=\s*(?:[.,;!?]|$))"
        ),
    ),
)


# A price given as the answer to the prospect's own question, named as such: "you asked what
# it costs: $40 a seat", "to answer your pricing question, ...", "since you asked, it's...".
_PRICE_REFERENCE = Rule(
    r"\byou\s+(?:asked|were\s+asking|wanted\s+to\s+know|brought\s+up)\s+(?:me\s+|us\s+)?(?:about\s+)?"
    r"(?:(?:what|how\s+much)\s+(?:it|that|this|they|the\s+\w+|we)?\s*(?:costs?|runs?|charges?|would\s+(?:cost|run)|are|is|'d\s+be)"
    r"|(?:the\s+|our\s+)?(?:price|prices|pricing|cost|costs|rates?|fees?|ballpark))"
    r"|\bsince\s+you\s+asked\b|\bto\s+(?:answer\s+)?your\s+(?:price|pricing|cost)\s+question\b"
    r"|\bto\s+answer\s+your\s+question\s+(?:on|about)\s+(?:the\s+)?(?:price|pricing|cost)\b",
    "asked asking know up since question",
)


def answers_price_question(text: str) -> str | None:
    """The words of a rep line saying its price answers the prospect's question, or None."""
    return _PRICE_REFERENCE.find(text)


# A second, narrower test for three rules whose substring gates let most lines through
# ("rs" is in "hours", "run" in "running late", "down" in "slow down"), each a small regex
# that every match of its rule contains:
_CURRENCY_SIGNS = ("£", "€", "₹", "₦", "₵", "₱")  # (and "$": the ASCII one, looked for first)
# Rule 0's currency words and units are whole words wherever it matches ("rs 500", "5,000
# rupees"): looked up among the line's words (memoised: the introduction rules ask first).
_CURRENCY_WORDS = frozenset(
    "rs inr aud cad gbp eur nzd rupees lakh lakhs crore crores pence p"
    " rand zar naira ngn shilling shillings kes cedi cedis kwacha pula dirham dirhams aed riyal"
    " riyals sar dinar dinars pesos mxn reais brl yen jpy yuan rmb cny baht thb ringgit myr"
    " rupiah idr sgd hkd franc francs chf kronor kroner krona sek nok dkk zloty zlotys pln lira"
    " forint lei rm ksh rp r"
    " ruble rubles rub rouble roubles hryvnia hryvnias uah tenge kzt lari manat manats"
    " leva kuna taka bdt kyat kyats riel riels tugrik tugriks afghani afghanis soles bolivianos"
    " quetzales quetzals colones lempiras cordobas guaranies birr etb leones dalasi ariary"
    " rufiyaa ngultrum kwanza meticais metical meticals somoni".split()
)
_PER_UNIT_RULE = Lazy(_PER_UNIT)
_FINANCE_WORDS = ("%", "cent", "interest", "payment", "defer")
_FOR_VERBS = frozenset(
    "do get have give offer sell supply insure cover handle take sort set provide".split()
)
_DIGIT = precompiled.compile(r"\d")
_BUNDLE_WORDS = frozenset(
    "package deal bundle set kit booth lot system setup install installation shipping"
    " delivery everything all works total flat door plus".split()
)
_FOR_SUM = precompiled.compile(r"for\s+(?:just\s+|only\s+|about\s+|around\s+|like\s+)?\d")
_CENTS = precompiled.compile(r"\d\.\d\d")
_SUM_PER_PERIOD = Lazy(_SUM_PER_PERIOD_RE)  # the quick test of the rule that ends with it
_BARE_SUM_WORDS = ("hundred", "thousand", "grand", "lakh", "crore", "square", "linear", " sq")
_NOTHING_DOWN = Lazy(r"same\s+as\s+cash|(?:no|zero|nothing|\$0)\s+(?:money\s+)?down")
_TRIAL_KEYS = ("trial", "free", "on us", "half off", "pilot", "cost")
_PRICING_PRECHECK: dict[int, Callable[[str], bool]] = {
    # a currency sign, or a currency word or unit
    # (a currency's letters written onto the sum, "RM199", are split off as a word too)
    0: lambda low: (
        "$" in low
        or (not low.isascii() and has_any(low, _CURRENCY_SIGNS))
        or not _CURRENCY_WORDS.isdisjoint(word_set(low))
    ),
    # a rate per unit or per period ("a month", "per seat")
    1: lambda low: _PER_UNIT_RULE.search(low) is not None,
    # "do it for", "get you set up for": one of the verbs, and "for" (both whole words)
    2: lambda low: "for" in (words := word_set(low)) and not _FOR_VERBS.isdisjoint(words),
    # a percentage, interest, payments, a deferral, "same as cash" or "no money down"
    6: lambda low: has_any(low, _FINANCE_WORDS) or _NOTHING_DOWN.search(low) is not None,
    # a bare sum: a digit, a size of money, or a price per area
    10: lambda low: _DIGIT.search(low) is not None or has_any(low, _BARE_SUM_WORDS),
    # a sum for each person: digits, or a sum in words
    21: lambda low: _DIGIT.search(low) is not None or has_any(low, _WORD_SUM_KEYS),
    # a currency word of the world's (looked up among the line's words)
    22: lambda low: not _CURRENCY_WORDS.isdisjoint(word_set(low)),
    # a bundle's sum: digits straight after "for", and the bundle's word or the word that
    # marks the sum a price
    23: lambda low: (
        _FOR_SUM.search(low) is not None and not _BUNDLE_WORDS.isdisjoint(word_set(low))
    ),
    # a trial or something free (or, with "nothing", what costs it)
    7: lambda low: has_any(low, _TRIAL_KEYS),
    # a sum of three digits or more (or with cents)
    24: lambda low: _DIGIT.search(low) is not None,
    # a rate per period said plainly: "starting at", or a sum and a period after it
    11: lambda low: (
        "starting" in low
        or _SUM_PER_PERIOD.search(low) is not None
        or has_any(low, _WORD_SUM_KEYS)
        or ("." in low and _CENTS.search(low) is not None)  # dollars and cents
    ),
}


# Whole words (``"#"`` for any digit, as :func:`word_set` gives them) of which every match
# of a rule has one: a set test on the line's words, before its substring gate (a dozen
# substring tests) and its precheck. Only rules whose words are whole in every match: not
# the rates per unit, which can be typed glued ("30amonth").
_PRICING_WORDS: dict[int, frozenset[str]] = {
    # every currency sign and word is followed or led by digits
    0: frozenset({"#"}),
    # digits, or a money word after number words, or "x-dollar"
    3: frozenset(
        "# dollar dollars bucks cents pence grand pound pounds euro euros rupees quid".split()
    ),
    # digits before the percent sign, or "percent" after number words
    4: frozenset({"#", "percent"}),
    # each offer names its word: "discount", "half off", "waive", "no fees", "for free", ...
    5: frozenset(
        "discount discounts discounted rebate rebates half coupon promo promotion promotional"
        " special introductory beat match undercut waive waived waives waiving no free complimentary".split()
    ),
    # a rate in percent, "interest", "no/zero/nothing down", deferrals, payments, "same as cash"
    6: frozenset(
        "# percent cent interest no zero nothing defer deferred payment payments cash".split()
    ),
    # a price for the whole job, said after "for": "we'll sort the lot for 900"
    2: frozenset({"for"}),
    # a trial or a pilot, or something free, on us or at half price
    7: frozenset({"free", "trial", "pilot", "us", "half", "nothing"}),
    # a size of money: digits, or hundreds, thousands, grand
    9: frozenset({"#", "hundred", "thousand", "grand"}),
    # an offer price against the usual one ("instead of"), for an opening period ("for the
    # first month"), or where they start ("they start at 200 a month")
    13: frozenset({"instead", "first", "start", "begin"}),
    # a money-back promise says its word
    12: frozenset({"money"}),
    14: frozenset({"beat", "beats", "undercut", "undercuts", "waived"}),
    # digits, before the percent sign or the "k"
    15: frozenset({"#"}),
    16: frozenset({"#"}),
    17: frozenset({"pound", "pounds"}),
    # the last rule, a sum per vehicle or driver, names its unit
    18: frozenset({"van", "truck", "vehicle", "driver"}),
    19: frozenset({"normally", "usually", "typically", "regularly", "ordinarily"}),
    20: frozenset({"us", "usd", "sgd", "hkd", "aud"}),
    # a sum for each person names its unit
    21: frozenset(
        "head person pax guest cover kid child student passenger traveller traveler participant"
        " attendee delegate adult".split()
    ),
    # a sum in words before a currency of the world's: one of its number words (not "a" nor
    # "one", which say no sum on their own)
    22: frozenset(_NUMBERS) - {"one"},
    # a bundle's sum: "for"
    23: frozenset({"for"}),
    # a sum said with a cost verb, or a price per area, or installed, all in, out the door
    10: frozenset(
        "run runs running cost costs costing come comes goes looking pay paying square linear"
        " sq installed all door".split()
    ),
    # a bare sum and its period: digits
    24: frozenset({"#"}),
}


# Each rule with its words, its gate and its precheck, in order, looked up once.
_PRICING_CHECKS = tuple(
    (_PRICING_WORDS.get(i), gate, rule, _PRICING_PRECHECK.get(i))
    for i, (gate, rule) in enumerate(_PRICING_RULES)
)


def pricing(text: str) -> str | None:
    """The words of ``text`` that state a price, cost, fee, discount or trial term, or None."""
    low = lowercase(text)
    found = _pricing(text, low)
    if found is not None and ("-" in low or "." in low):
        # read again with any phone number blanked out, letter for digit (so the words found
        # still slice ``text``): only where a price was found, seldom
        # (a phone number is no sum: "my number if you ever need it is 555-0163")
        masked = PHONE_DIGITS.sub(lambda phone: "x" * len(phone.group()), low)
        if masked != low:
            return _pricing(text, masked)
    return found


def _pricing(text: str, low: str) -> str | None:
    words = word_set(low)
    for need, gate, rule, precheck in _PRICING_CHECKS:
        if need is not None and need.isdisjoint(words):
            continue
        if gate and not has_any(low, gate):
            continue
        if precheck is not None and not precheck(low):
            continue
        match = rule.regex_for(low).search(low)
        if (
            match
            and rule is _BARE_SUM_RULE
            and not _BARE_SUM_AFTER_PAUSE.search(low, max(0, match.start() - 20), match.start())
        ):
            match = None  # "we ship 300 a month": a verb's count, no price standing alone
        if match and not _OUTCOME_BEFORE.search(low, max(0, match.start() - 40), match.start()):
            return text[match.start() : match.end()].strip()
    return None


# The last rule, a sum and its period standing alone: a pause before it, perhaps a word of
# about-ness ("..., 299 a month", "- around 450 a year").
_BARE_SUM_RULE = _PRICING_RULES[-1][1]
_BARE_SUM_AFTER_PAUSE = Lazy(
    r"(?:^|[,;:]|\s[-–—]+)\s*(?:(?:just|only|about|around|like|roughly)\s+)?$"
)


# Money someone made, saved or lost is an outcome, not a price: "some schools cleared like
# eight thousand dollars", "it saved them 200 a month", "you're losing 2 grand a month" (not
# "save 20% this month", a discount, nor "we can make it 150 a month").
# Nor is a wage, what staff are paid or lured away for: "people are poaching each other for
# like a dollar more an hour", "they pay drivers two bucks over scale".
_OUTCOME_BEFORE = Lazy(
    r"\b(?:cleared|raised|made|earned|saved|lost|lose|losing|netted|"
    r"brought\s+in|pulled\s+in|generated|recovered|got\s+back)\s+(?:\w+\s+){0,2}?(?:(?:like|about|around|over|almost|nearly|roughly)\s+)?$"
    r"|\bpoach(?:ing|ed|es)?\s+(?:\w+\s+){0,3}?for\s+(?:(?:like|about|around|maybe|just)\s+)?$"
    r"|\b(?:pay|pays|paying|paid)\s+(?:their\s+|the\s+|your\s+)?(?:people|staff|workers|employees|techs|drivers|nurses|crews?|guys|hires)\s+"
    r"(?:(?:like|about|around|maybe|just|an\s+extra)\s+)?$"
)


_PRICE_WORDS = Rule(
    r"\b(?:price|prices|pricing|priced|cost|costs|costing|charge|charges|fee|fees|rate|rates|how\s+much|expensive|cheap|afford|budget"
    r"|ballpark|quote|per\s+month|a\s+month|(?:money|cost|price)[\s-]?wise|commission|"
    # a broker's share, asked short: "What you cut?", "what's your cut", "how much is your cut"
    r"what(?:'s|s|\s+is)?\s+(?:your|ur|you|the)\s+cut(?=\s*(?:[?.!]|$))|(?:your|ur)\s+(?:cut|percentage)(?=\s*\?)|what(?:'s|\s+is|'ll\s+be|\s+will\s+be)\s+the\s+damage|set\s+(?:me|us)\s+back"
    r"|run\s+(?:me|us)(?=\s*(?:[?.!,]|$|roughly|ballpark|about|a\s+month|a\s+year))|what\s+(?:would|will|do|does)\s+(?:i|we)\s+(?:pay|be\s+paying|be\s+looking\s+at)"
    r"|what\s+(?:would|does|do|will)\s+(?:it|that|this|something|one|they|these|those|you)\b[^?.]{0,40}\b(?:run|cost|charge|go\s+for|set\s+(?:me|us)\s+back)"
    # "what's" for "what does": "huh. whats that run?", "what's something like that cost"
    r"|what(?:'s|s)\s+(?:that|it|this|something\s+like\s+(?:that|this|it))\s+(?:run|cost|go\s+for|set\s+(?:me|us)\s+back)\b"
    r"|what(?:'s|\s+is|\s+are|'re|\s+would|'d|\s+do|\s+does)\s+(?:(?:a|an|the|one|these|those|they|it|that|this|something|yours)\b)[^?.]{0,40}\b(?:going|selling|retailing|go|sell|retail)\s+(?:for|at))\b"
)
#: Substrings every match of :data:`_PRICE_WORDS` contains: a cheap test on the whole line
#: first (most prospect lines never compile or run the rule).
_PRICE_GATE = (
    "pric",
    "commission",
    "cut",
    "percentage",
    "cost",
    "charg",
    "fee",
    "rate",
    "much",
    "expensive",
    "cheap",
    "afford",
    "budget",
    "ballpark",
    "quote",
    "month",
    "wise",
    "damage",
    "back",
    "run",
    "what",
)


_REQUEST = Rule(
    r"\b(?:tell\s+me|send\s+me|give\s+me|let\s+me\s+know|i\s+need|i'd\s+need|i'd\s+want|i\s+want\s+to\s+know|what'?s|what\s+is|what\s+are|wondering|curious)\b"
)


@lru_cache(maxsize=8192)
def asks_price(text: str) -> str | None:
    """The words in a (prospect) line that ask about price or cost, or None.

    "What does something like ours run a month?" asks; "we ate the cost" does not.
    """
    if not has_any(lowercase(text), _PRICE_GATE) or not _PRICE_WORDS.search(text):
        return None
    for sentence in sentences(text):
        if _PRICE_WORDS.search(sentence) and (is_question(sentence) or _REQUEST.search(sentence)):
            if re.search(
                r"\bnot\s+(?:at|ready\s+for|talking|interested\s+in)\s+(?:the\s+)?pric",
                sentence,
                re.I,
            ):
                continue
            return sentence
    return None
