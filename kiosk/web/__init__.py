"""The phone page: a static site ``kiosk publish`` writes beside the bundle (``web/``), opened from the
kiosk's short link (:mod:`kiosk.phone_link`). Its sources are in ``phone/`` at the top of the project."""
