"""Loaded by the test LRS's Python processes (on their PYTHONPATH), workers included.

Ralph 5.1's file-system LRS backend writes every POST in "index" mode to one file, so every POST
after the first fails ("already exists and overwrite is not allowed"). The test LRS appends instead;
validation, duplicate checks and everything else stay Ralph's own.
"""

try:
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend
except ImportError:  # not Ralph's environment: nothing to do
    pass
else:
    _write = FSLRSBackend.write

    def _append(self, data, target=None, chunk_size=None, ignore_errors=False, operation_type=None):
        if operation_type in (None, BaseOperationType.CREATE, BaseOperationType.INDEX):
            operation_type = BaseOperationType.APPEND
        return _write(self, data, target, chunk_size, ignore_errors, operation_type)

    FSLRSBackend.write = _append
