# source: written for this project, second batch (written after the rules, to check that they generalise)
# stdin: 1 2\n
nums = list(map(int, input().split()))
print(nums[2])
