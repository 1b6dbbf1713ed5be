"""A stand-in for torch.save (torch is not installed here): writes the exact zip + pickle layout of
torch >= 1.6 `_use_new_zipfile_serialization` with stdlib pickle/zipfile and numpy only.

Layout reproduced (torch/serialization.py `_save` + caffe2 PyTorchStreamWriter):
  <archive>/data.pkl              pickle protocol 2 of the object; tensors are
                                  torch._utils._rebuild_tensor_v2(storage, offset, size, stride,
                                  requires_grad, OrderedDict()) and storages the persistent id
                                  ('storage', torch.<Type>Storage, key, 'cpu', numel)
  <archive>/.format_version, <archive>/.storage_alignment, <archive>/byteorder ('little')
  <archive>/data/<key>            raw little-endian storage bytes, keys in sorted (string) order
  <archive>/version ('3\\n'), <archive>/.data/serialization_id
Every record is stored (no compression) with its data aligned to 64 bytes through an 'FB' extra field,
as PyTorchStreamWriter does. <archive> is 'archive' for buffers and the file stem for paths.
"""
import collections
import io
import pickle
import struct
import sys
import types
import zipfile

import numpy as np

# ---- fake 'torch' and 'torch._utils' modules so that pickle writes the same GLOBALs torch does ----
_torch = types.ModuleType("torch")
_utils = types.ModuleType("torch._utils")
_torch._utils = _utils
sys.modules.setdefault("torch", _torch)
sys.modules.setdefault("torch._utils", _utils)
_torch = sys.modules["torch"]
_utils = sys.modules["torch._utils"]


def _storage_class(name):
    cls = type(name, (), {})
    cls.__module__ = "torch"
    cls.__qualname__ = name
    setattr(_torch, name, cls)
    return cls


FloatStorage = _storage_class("FloatStorage")
HalfStorage = _storage_class("HalfStorage")
BFloat16Storage = _storage_class("BFloat16Storage")
DoubleStorage = _storage_class("DoubleStorage")
LongStorage = _storage_class("LongStorage")


def _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks, metadata=None):
    raise RuntimeError("never called: only pickled by reference")


_rebuild_tensor_v2.__module__ = "torch._utils"
_rebuild_tensor_v2.__qualname__ = "_rebuild_tensor_v2"
_utils._rebuild_tensor_v2 = _rebuild_tensor_v2

_STORAGE_BY_DTYPE = {
    np.dtype("<f4"): FloatStorage,
    np.dtype("<f2"): HalfStorage,
    np.dtype("<f8"): DoubleStorage,
    np.dtype("<i8"): LongStorage,
}


class Storage:
    """A flat typed storage; `data` is a 1-D little-endian numpy array (uint16 bit patterns for bfloat16)."""

    def __init__(self, data, storage_type=None):
        self.data = np.ascontiguousarray(data).reshape(-1)
        self.type = storage_type or _STORAGE_BY_DTYPE[self.data.dtype.newbyteorder("<")]
        self.numel = self.data.size  # may be overridden to fake a corrupt file


class Tensor:
    """A view onto a Storage (element offset, size, stride in elements), pickled exactly as torch does."""

    def __init__(self, storage, offset, size, stride):
        self.storage, self.offset, self.size, self.stride = storage, offset, tuple(size), tuple(stride)

    @staticmethod
    def of(array):
        a = np.ascontiguousarray(array)
        st = Storage(a)
        strides = tuple(s // a.itemsize for s in a.strides)
        return Tensor(st, 0, a.shape, strides)

    def __reduce_ex__(self, protocol):
        return (_rebuild_tensor_v2,
                (self.storage, self.offset, self.size, self.stride, False, collections.OrderedDict()))


def state_dict(items):
    """An OrderedDict with torch's `_metadata` attribute (so that pickle emits BUILD as for a real state_dict)."""
    sd = collections.OrderedDict(items)
    meta = collections.OrderedDict()
    meta[""] = {"version": 1}
    sd._metadata = meta
    return sd


def pickle_with_storages(obj, protocol=2):
    storages = {}
    ids = {}

    class P(pickle.Pickler):
        def persistent_id(self, o):
            if isinstance(o, Storage):
                key = ids.setdefault(id(o), str(len(ids)))
                storages[key] = o
                return ("storage", o.type, key, "cpu", o.numel)
            return None

    buf = io.BytesIO()
    P(buf, protocol=protocol).dump(obj)
    return buf.getvalue(), storages


def _write_record(zf, name, data):
    """Stored entry whose data starts on a 64-byte boundary, padded with an 'FB' extra field."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    start = zf.fp.tell() + 30 + len(name.encode()) + 4
    pad = (-start) % 64
    info.extra = b"FB" + struct.pack("<H", pad) + b"Z" * pad
    zf.writestr(info, data)


def save(obj, path, archive="archive", byteorder="little", pickle_bytes=None, protocol=2):
    """torch.save(obj, path) (pickle_protocol=2 is torch's default)."""
    data_pkl, storages = pickle_with_storages(obj, protocol)
    if pickle_bytes is not None:
        data_pkl = pickle_bytes
    with open(path, "wb") as f, zipfile.ZipFile(f, "w", zipfile.ZIP_STORED) as zf:
        _write_record(zf, f"{archive}/data.pkl", data_pkl)
        _write_record(zf, f"{archive}/.format_version", b"1")
        _write_record(zf, f"{archive}/.storage_alignment", b"64")
        _write_record(zf, f"{archive}/byteorder", byteorder.encode())
        for key in sorted(storages):
            st = storages[key]
            raw = st.data.astype(st.data.dtype.newbyteorder("<")).tobytes()
            _write_record(zf, f"{archive}/data/{key}", raw)
        _write_record(zf, f"{archive}/version", b"3\n")
        _write_record(zf, f"{archive}/.data/serialization_id", b"1234567890123456789012345678901234567890")
