# source: DidYouMean-Python (github.com/SylvainDe/DidYouMean-Python, MIT), didyoumean/readme_examples.py
lst = [1, 2, 3]
lst.get(5, None)
