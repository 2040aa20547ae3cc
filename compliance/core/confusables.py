"""Letters from other scripts, and Latin letter variants, that look like plain Latin letters.

`normalise` folds every character through this table after lowercasing and NFKD, so "сurе"
(Cyrillic с and е), "ᴍɪracle" (small capitals), "gսaranteed" (Armenian) and "Ꮯures"
(Cherokee) reach the wording rules as plain words. Only letters that a reader would take for
the Latin letter are listed (Unicode's confusables data, UTS #39, restricted to lowercase
single letters); letters that merely resemble one in some fonts are left alone, so real words
in those scripts are not rewritten into nonsense Latin.
"""

_TABLE = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ҽ": "e", "ӓ": "a",
    "ӧ": "o", "ԍ": "g", "ь": "b", "ѵ": "v", "ү": "y", "ɡ": "g", "ꙇ": "i",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "μ": "u", "ϲ": "c", "ϳ": "j", "ω": "w",
    "γ": "y", "ϐ": "b", "ϱ": "p", "ς": "c",
    # Armenian
    "օ": "o", "ս": "u", "ց": "g", "ո": "n", "հ": "h", "զ": "q", "ա": "w", "ւ": "l",
    # Cherokee (lowercase forms, which is what lowercasing the capitals gives)
    "ꭺ": "a", "ꮃ": "w", "ꮤ": "w", "ꮯ": "c", "ꭰ": "d", "ꭼ": "e", "ꮐ": "g", "ꮋ": "h",
    "ꭵ": "i", "ꮶ": "k", "ꮮ": "l", "ꮇ": "m", "ꮲ": "p", "ꮪ": "s", "ꭲ": "t", "ꮩ": "v",
    "ꮓ": "z", "ꮢ": "r", "ꮟ": "b", "ᏼ": "b",
    # Latin small capitals and letter variants that NFKD leaves alone
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h",
    "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p",
    "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "ɑ": "a", "ɩ": "i", "ɨ": "i", "ɵ": "o", "ɾ": "r", "ʋ": "u", "ᴉ": "i", "ı": "i",
    "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɇ": "e",
    "ƈ": "c", "ɋ": "q", "ꞵ": "b",
}  # fmt: skip

LOOK_ALIKES = str.maketrans(_TABLE)
