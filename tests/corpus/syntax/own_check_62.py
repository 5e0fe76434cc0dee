# source: written for this project, second batch (written after the rules, to check that they generalise)
nums = [1, 2, 3]
print(nums[1:])
print(nums[::-1)
