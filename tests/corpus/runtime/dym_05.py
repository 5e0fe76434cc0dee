# source: DidYouMean-Python (github.com/SylvainDe/DidYouMean-Python, MIT), didyoumean/readme_examples.py
class Duck():
	def __init__(self):
		quack()
	def quack(self):
		pass
d = Duck()
