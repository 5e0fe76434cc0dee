# source: DidYouMean-Python (github.com/SylvainDe/DidYouMean-Python, MIT), didyoumean/readme_examples.py
def my_func(abcde):
	pass

my_func(abcdf=1)
