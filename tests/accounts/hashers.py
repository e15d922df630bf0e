"""A real (fast) password hasher that counts how often a password was hashed."""

from django.contrib.auth.hashers import MD5PasswordHasher


class CountingHasher(MD5PasswordHasher):
    encodings = 0

    def encode(self, password, salt):
        CountingHasher.encodings += 1
        return super().encode(password, salt)
