"""How much of past printouts the printout's text caches keep.

A printout measures, breaks and shapes the same labels and, for a popular pathway, the same
service texts again and again, so those results are cached. With a large directory, though, most
paragraphs of a printout are ones never printed before: caches sized for tens of thousands of
paragraphs kept growing for thousands of visitors (a 10,000-session soak on a 50,000-service
directory grew by tens of MB, see docs/hostile-input.md). One printout brings about sixty
paragraphs and a few hundred words; these bounds keep the last dozen or so printouts (and every
label) warm and the memory a fixed few MB.

Halved again (from 1,024 paragraphs, 8,192 words, 512 QR codes): on a 50,000-service directory
they fill only after 100 to 150 printouts, some 3,000 visitors at a printout every 25th, and
everything they hold counts as growth of a long run. A bilingual printout brings about 120
paragraphs, so 512 still keep the last four printouts and every label (bench_printout's three
pathways in turn still hit).
"""

# Keyed by a paragraph or line of text: its units, lines, runs, shaping.
PARAGRAPHS = 512
# Keyed by one word or run: its width.
WORDS = 4096
# Keyed by a QR code's text (a website, a pathway link): its matrix and its drawn path.
QR_CODES = 256
