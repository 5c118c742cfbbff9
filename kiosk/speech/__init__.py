"""Read aloud: what each screen says, in which voice, and the offline engine (espeak-ng) that says it.

Nothing here imports Qt. ``script`` turns what a screen shows into utterances (numbers for options,
the chosen state, phone numbers digit by digit, English text in the English voice); ``voices``
picks espeak-ng's voice for each of Camino's languages and reports whether speech can work;
``synth`` runs espeak-ng with the text on standard input and hands back raw audio in memory.

Nothing spoken is logged or written to disk: text goes to espeak-ng through a pipe and the audio
comes back through one (``kiosk tour --speech`` is the one writer, for reviewers).
"""
