class ReferenceDataError(Exception):
    """Curated data in data/ has problems; nothing was changed. `problems` lists them all."""

    def __init__(self, what: str, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the {what} data: {problems[0]}")
