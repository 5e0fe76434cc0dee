# source: DidYouMean-Python (github.com/SylvainDe/DidYouMean-Python, MIT), didyoumean/readme_examples.py
# expect: `max(a, b)`
a, b = 1, 2
max(a. b)
