# source: DidYouMean-Python (github.com/SylvainDe/DidYouMean-Python, MIT), didyoumean/readme_examples.py
def my_func():
	foo = 1
	foob +=1

my_func()
