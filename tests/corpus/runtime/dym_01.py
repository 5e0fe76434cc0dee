# source: DidYouMean-Python (github.com/SylvainDe/DidYouMean-Python, MIT), didyoumean/readme_examples.py
def my_func(foo, bar):
	return foob

my_func(1, 2)
