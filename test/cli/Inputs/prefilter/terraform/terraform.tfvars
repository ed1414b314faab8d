api_key = "Zq9xR2vLk8WmT4pNc7YhB3sJd6FgA1e"
