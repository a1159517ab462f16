"""Rule-based pieces behind `bot.nlu`: numerals, time words, products, addresses, intents."""
