"""How much of past printouts the printout's text caches keep.

A printout measures, breaks and shapes the same labels and, for a popular pathway, the same
service texts again and again, so those results are cached. With a large directory, though, most
paragraphs of a printout are ones never printed before: caches sized for tens of thousands of
paragraphs kept growing for thousands of visitors (a 10,000-session soak on a 50,000-service
directory grew by tens of MB, see docs/hostile-input.md). One printout brings about sixty
paragraphs and a few hundred words; these bounds keep the last dozen or so printouts (and every
label) warm and the memory a fixed few MB.
"""

# Keyed by a paragraph or line of text: its units, lines, runs, shaping.
PARAGRAPHS = 1024
# Keyed by one word or run: its width.
WORDS = 8192
