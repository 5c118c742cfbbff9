"""Read aloud on the kiosk: the player (espeak-ng off the UI thread, QtMultimedia out), the screen reader
that finds what a screen shows, and the controller that ties them to the window and the keypad."""
