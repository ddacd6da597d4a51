"""What InfoShare knows about information-sharing decisions: pure Python, no Qt, no SQL."""
